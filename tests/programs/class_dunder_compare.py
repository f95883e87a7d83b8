# rich comparison dunders
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
    def __eq__(self, other):
        print('eq', self, other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __ne__(self, other):
        print('ne', self, other)
        return not self == other
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    __hash__ = None
a, b, c = Version('1.2.0'), Version('1.10'), Version('1.2.0')
print(a == c)
print(a != b)
print(a < b, a <= c, b > a, a >= b, a == 'str')
print(sorted([b, a, Version('0.9')]), max(a, b), min([b, a]))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt called', self.v, other.v)
        return self.v < other.v
x, y = OnlyLt(1), OnlyLt(2)
print(y > x)
try:
    x <= y
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, p1 != p2)
try:
    p1 < p2
except TypeError as e:
    print(type(e).__name__, e)
