"""The numeric tower of abstract base classes (PEP 3141), written for tessera from the
documentation of CPython 3.11's numbers module.

The abstract operations of each level are installed from name tables by _declare(), then
the class's abstract set is recomputed; the concrete defaults are written out below."""

from abc import ABCMeta, abstractmethod, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _unimplemented(owner, name):
    def op(self, *args):
        raise NotImplementedError
    op.__name__ = name
    op.__qualname__ = owner.__name__ + "." + name
    return abstractmethod(op)


def _declare(cls, methods=(), properties=()):
    """Give cls abstract methods and abstract read-only properties named in the tables."""
    for name in methods:
        setattr(cls, name, _unimplemented(cls, name))
    for name in properties:
        setattr(cls, name, property(_unimplemented(cls, name)))
    update_abstractmethods(cls)
    return cls


class Number(metaclass=ABCMeta):
    """Root of the numeric hierarchy: isinstance(x, Number) tells whether x is a number."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with complex arithmetic; complex is registered as one."""
    __slots__ = ()

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


_declare(Complex,
         methods=("__complex__", "__add__", "__radd__", "__neg__", "__pos__",
                  "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
                  "__pow__", "__rpow__", "__abs__", "conjugate", "__eq__"),
         properties=("real", "imag"))


class Real(Complex):
    """Complex numbers on the real line, ordered; float is registered as one."""
    __slots__ = ()

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


_declare(Real,
         methods=("__float__", "__trunc__", "__floor__", "__ceil__", "__round__",
                  "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__",
                  "__lt__", "__le__"))


class Rational(Real):
    """Real numbers that are a ratio numerator/denominator in lowest terms."""
    __slots__ = ()

    def __float__(self):
        # int / int divides correctly rounded, even beyond float's range of ints.
        return int(self.numerator) / int(self.denominator)


_declare(Rational, properties=("numerator", "denominator"))


class Integral(Rational):
    """Rational numbers with denominator 1 and bitwise operations; int is one."""
    __slots__ = ()

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


def _integral_pow(self, exponent, modulus=None):
    raise NotImplementedError


_integral_pow.__name__ = "__pow__"
_integral_pow.__qualname__ = "Integral.__pow__"
Integral.__pow__ = abstractmethod(_integral_pow)
_declare(Integral,
         methods=("__int__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
                  "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__",
                  "__invert__"))

Complex.register(complex)
Real.register(float)
Integral.register(int)
