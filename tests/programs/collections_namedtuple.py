from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
x, y = p
print(x, y, Point._fields)
print(p._asdict(), p._replace(y=99), p)
q = Point(x=5, y=6)
print(q, q == (5, 6), p < q, isinstance(p, tuple), type(p).__name__)
Color = namedtuple('Color', 'r g b')
print(Color(255, 0, 128), Color._make([1, 2, 3]))
Person = namedtuple('Person', 'name age city', defaults=['Unknown'])
print(Person('ann', 30), Person('bob', 25, 'Oslo'), Person._field_defaults)
try:
    p.x = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
pts = [Point(3, 1), Point(1, 5), Point(2, 2)]
print(sorted(pts), max(pts, key=lambda t: t.y), sum(t.x for t in pts))
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)], p + (3,), p * 2, p.count(1), p.index(2))
class Vec(namedtuple('Vec', 'a b')):
    def norm2(self):
        return self.a ** 2 + self.b ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))
