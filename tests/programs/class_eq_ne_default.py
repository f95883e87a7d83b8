# default __ne__, reflected comparisons, NotImplemented
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('A.__eq__')
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented
print(A(1) != A(1))
print(A(1) != A(2))
print(A(1) == 1)
class B:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('B.__lt__', self.v, other.v if isinstance(other, B) else other)
        return self.v < (other.v if isinstance(other, B) else other)
    def __gt__(self, other):
        print('B.__gt__', self.v, other.v if isinstance(other, B) else other)
        return self.v > (other.v if isinstance(other, B) else other)
print(B(1) < B(2))
print(5 < B(3))
print(5 > B(3))
class Sub(B):
    pass
print(B(1) < Sub(2))
class Left:
    def __add__(self, other):
        print('Left.__add__')
        return NotImplemented
class Right:
    def __radd__(self, other):
        print('Right.__radd__')
        return 'right handled'
print(Left() + Right())
class Base:
    def __eq__(self, other):
        print('Base.__eq__')
        return NotImplemented
class Derived(Base):
    def __eq__(self, other):
        print('Derived.__eq__')
        return True
print(Base() == Derived())
x = Base()
print(x == x, x != x)
