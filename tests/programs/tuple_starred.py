# starred unpacking
a, *b, c = range(6)
print(a, b, c)
*init, last = [1, 2, 3]
print(init, last)
first, *rest = 'hello'
print(first, rest)
a, *b, c = 1, 2
print(a, b, c)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
head, *_ = [9, 8, 7]
print(head, _)
print(*[1, 2], *'ab', sep=',')
print([*range(3), *[10, 11]], (*'xy', 'z'), {**{'a': 1}, 'b': 2})
t = (*[1, 2],)
print(t)
def f(*args):
    return args
print(f(*[1, 2], 3, *(4,)))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(a, rest)
