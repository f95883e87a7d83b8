class A:
    def __float__(self): return 2.5
class B:
    def __int__(self): return 7
class C:
    def __index__(self): return 9
class D:
    def __int__(self): return 7
    def __float__(self): return 7.5
for fmt in ['%d', '%i', '%x', '%o', '%f', '%.2e', '%g', '%5.1f']:
    for o in [A(), B(), C(), D()]:
        try:
            print(fmt, type(o).__name__, fmt % o)
        except Exception as e:
            print(fmt, type(o).__name__, type(e).__name__, e)

# Classes of the standard library take the same paths.
from decimal import Decimal
from fractions import Fraction
print('%.2f %d %e' % (Decimal('1.555'), Decimal('-3.7'), Decimal('12')))
print('%.3f %d' % (Fraction(1, 3), Fraction(-7, 2)))


class BadInt:
    def __int__(self):
        return 'seven'


try:
    print('%d' % BadInt())
except TypeError as e:
    print('TypeError', e)
