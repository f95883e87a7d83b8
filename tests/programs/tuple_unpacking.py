# tuple packing / unpacking
t = 1, 2, 3
print(t, type(t).__name__, len(t))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x = y = z = 0
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([('a', 1), ('b', 2)]):
    print(i, name, score)
single = 5,
print(single, (5), (), tuple(), type(()).__name__)
s1, s2 = 'hi'
print(s1, s2)
k1, k2 = {'one': 1, 'two': 2}
print(k1, k2)
first, second = range(2)
print(first, second)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
def pair():
    return 'left', 'right'
l, r = pair()
print(l, r, pair())
lst = [1, 2]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
