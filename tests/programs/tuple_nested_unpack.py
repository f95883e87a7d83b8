# nested unpacking in assignments and loops
data = [('alice', (30, 'NYC')), ('bob', (25, 'LA'))]
for name, (age, city) in data:
    print(name, age, city)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
[e, [f, g]] = [5, [6, 7]]
print(e, f, g)
(h, (i, (j, k))) = (1, (2, (3, 4)))
print(h, i, j, k)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
pairs = {'a': (1, 2), 'b': (3, 4)}
for key, (lo, hi) in pairs.items():
    print(key, lo + hi)
matrix = [[1, 2], [3, 4]]
(m00, m01), (m10, m11) = matrix
print(m00 * m11 - m01 * m10)
x, (y, *zs) = 1, [2, 3, 4]
print(x, y, zs)
try:
    (p, q), r = (1, 2, 3), 4
except ValueError as e:
    print(type(e).__name__, e)
