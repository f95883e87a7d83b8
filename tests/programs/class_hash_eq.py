# objects as dict keys / set members via __eq__ and __hash__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x},{self.y})'
d = {Point(1, 2): 'a', Point(3, 4): 'b'}
print(d[Point(1, 2)], Point(3, 4) in d, Point(5, 6) in d)
d[Point(1, 2)] = 'replaced'
print(len(d), d)
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
print(len({ConstHash(1), ConstHash(2), ConstHash(1)}))
class Default:
    pass
a = Default()
print(hash(a) == hash(a), {a: 1}[a], a == Default())
class Small:
    def __hash__(self):
        return 42
print(hash(Small()))
class Neg:
    def __hash__(self):
        return -1
print(hash(Neg()))
