import numbers
from fractions import Fraction

values = [0, 1, True, False, -7, 2.5, float('inf'), Fraction(1, 3), 'x', None, [1]]
classes = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in values:
    print(repr(v), [isinstance(v, c) for c in classes])
for t in (int, bool, float, Fraction, str):
    print(t.__name__, [issubclass(t, c) for c in classes])
for c in classes:
    print(c.__name__, c.__module__, sorted(c.__abstractmethods__))
    print('  mro', [k.__name__ for k in c.__mro__])
print(numbers.Number.__hash__, numbers.Complex.__hash__)

for c in classes[1:]:
    class Sub(c):
        pass
    try:
        Sub()
    except TypeError as e:
        print(c.__name__, 'TypeError', e)


class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return 'MyInt(%d)' % self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __eq__(self, o): return self.v == int(o)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    __hash__ = None

m = MyInt(7)
print(m, isinstance(m, numbers.Rational), m - 2, 10 - m, bool(m), bool(MyInt(0)))
print(m.numerator, m.denominator, m.real, m.imag, m.conjugate())
print(float(m), divmod(m, 3), divmod(23, m), [10, 20, 30, 40, 50, 60, 70, 80][m])
print(sorted(numbers.Integral.__abstractmethods__) == sorted(MyInt.__abstractmethods__ | numbers.Integral.__abstractmethods__))
print(MyInt.__abstractmethods__)


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
for name in sorted(numbers.Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(Half, name, lambda self, *a: NotImplemented)
print(sorted(Half.__abstractmethods__))
numbers.Rational.register(type(None)) if False else None
print(numbers.Rational.__float__(Fraction(1, 4)))


class Foo:
    pass
numbers.Real.register(Foo)
print(isinstance(Foo(), numbers.Complex), isinstance(Foo(), numbers.Rational))
print(numbers.__all__)
print(issubclass(complex, numbers.Complex), issubclass(complex, numbers.Real))
