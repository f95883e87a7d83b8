"""Rational numbers, written for tessera from the documented behaviour of CPython 3.11."""

import math

__all__ = ['Fraction']

# Hashes of rationals follow the numeric-hash rule in the documentation ("Hashing of
# numeric types"), so equal ints, floats and fractions hash alike.
_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a fraction or decimal string, or None."""
    s = text.strip()
    if '_' in s:
        if '__' in s or s.startswith('_') or s.endswith('_'):
            return None
        s = s.replace('_', '')
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num, _, den = s.partition('/')
        if not (num.isdigit() and den.strip().isdigit()) or den != den.strip():
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, e = s.partition(marker)
            if e[:1] in '+-' and e[1:].isdigit():
                exp = int(e)
            elif e.isdigit():
                exp = int(e)
            else:
                return None
            break
    if '.' in mantissa:
        ip, _, fp = mantissa.partition('.')
    else:
        ip, fp = mantissa, ''
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    num = int(ip + fp) if (ip + fp) else 0
    den = 10 ** len(fp)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                if math.isnan(numerator):
                    raise ValueError('cannot convert NaN to integer ratio')
                if math.isinf(numerator):
                    raise OverflowError('cannot convert Infinity to integer ratio')
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
                if denominator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, bool):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        obj = object.__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, complex) if _has_complex else False:
            return complex(float(self)) + other
        return NotImplemented

    def __radd__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o + self
        if isinstance(other, float):
            return other + float(self)
        return NotImplemented

    def __sub__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o - self
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._coerce(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o * self
        if isinstance(other, float):
            return other * float(self)
        return NotImplemented

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is not None:
            if o._numerator == 0:
                n = self._numerator
                raise ZeroDivisionError('Fraction(%s, 0)' % ((n > 0) - (n < 0)))
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o / self
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o // self
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            da, db = self._denominator, o._denominator
            div, n_mod = divmod(self._numerator * db, da * o._numerator)
            return div, Fraction(n_mod, da * db)
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented

    def __rdivmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return divmod(o, self)
        if isinstance(other, float):
            return divmod(other, float(self))
        return NotImplemented

    def __mod__(self, other):
        o = self._coerce(other)
        if o is not None:
            da, db = self._denominator, o._denominator
            return Fraction((self._numerator * db) % (o._numerator * da), da * db)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._coerce(other)
        if o is not None:
            return o % self
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __pow__(self, other):
        o = self._coerce(other)
        if o is not None:
            if o._denominator == 1:
                power = o._numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(self._numerator ** power,
                                                       self._denominator ** power)
                if self._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -power))
                if self._numerator > 0:
                    return Fraction._from_coprime_ints(self._denominator ** -power,
                                                       self._numerator ** -power)
                return Fraction._from_coprime_ints((-self._denominator) ** -power,
                                                   (-self._numerator) ** -power)
            return float(self) ** float(o)
        if isinstance(other, float):
            return float(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, (int, Fraction)):
            return Fraction(other) ** self
        return other ** float(self)

    def __pos__(self):
        return Fraction._from_coprime_ints(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._from_coprime_ints(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._from_coprime_ints(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __hash__(self):
        P = _PyHASH_MODULUS
        m, n = self._numerator, self._denominator
        if n % P == 0:
            hash_ = _PyHASH_INF
        else:
            hash_ = (abs(m) % P) * pow(n, P - 2, P) % P
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return (self._numerator == other._numerator
                    and self._denominator == other._denominator)
        if isinstance(other, int):
            return self._numerator == other and self._denominator == 1
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0 == other
            return self == Fraction(other)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._richcmp(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._richcmp(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._richcmp(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._richcmp(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._richcmp(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


try:
    complex
    _has_complex = True
except NameError:
    _has_complex = False

# Fraction is a numbers.Rational (CPython derives it from the ABC; registering keeps
# isinstance checks against Fraction itself off ABCMeta's slower path).
import numbers as _numbers
_numbers.Rational.register(Fraction)
del _numbers
