# map and filter
print(list(map(str.upper, ['a', 'b'])), list(map(len, ['', 'ab', 'abc'])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [3, 2])))
print(list(map(int, '123')), list(map(float, ['1.5', '2'])), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, 'a1b2c3')))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
print(sum(map(int, '1 2 3 4'.split())), max(map(len, ['aa', 'b', 'cccc'])))
def calls(x):
    print('call', x)
    return x > 1
f = filter(calls, [1, 2, 3])
print('filter created')
print(next(f))
print(list(map(lambda p: p[0] + p[1], zip('ab', 'cd'))))
print(list(filter(lambda w: len(w) > 2, 'a bb ccc dddd'.split())))
