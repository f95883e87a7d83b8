# __slots__
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'), Point.__slots__)
class Partial:
    __slots__ = ('a', 'b')
q = Partial()
q.a = 1
try:
    q.b
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
print(hasattr(q, 'a'))
class Child(Point):
    pass
c = Child(1, 2)
c.z = 'allowed (child has __dict__)'
print(c.z, vars(c))
class SlotChild(Point):
    __slots__ = ('z',)
s = SlotChild(1, 2)
s.z = 3
print(s.x, s.y, s.z)
try:
    s.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
