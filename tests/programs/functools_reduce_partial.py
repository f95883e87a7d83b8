from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(max, [3, 9, 2]), reduce(lambda acc, c: c + acc, 'abc', ''))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2('1011'), int2('111', base=8))
p2 = partial(partial(power, 3), 4)
print(p2(), p2.args)
greet = partial(print, 'Hello', sep=', ')
greet('World')
print(list(map(partial(max, 0), [-3, 5, -1])))
