from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction(-6, 8)
print(a, b, repr(a), Fraction(10, -4), Fraction(0, 5), Fraction(7), Fraction(), a.numerator, a.denominator)
print(Fraction("3/7"), Fraction(" -12/18 "), Fraction("1.25"), Fraction("-0.001"), Fraction("2e3"), Fraction("1.5e-2"), Fraction("7"), Fraction("1_000/3"))
print(Fraction(0.5), Fraction(0.1), Fraction.from_float(1.75), Fraction(Fraction(2, 3)), Fraction(Fraction(1, 2), Fraction(3, 4)))
print(a + b, a - b, a * b, a / Fraction(1, 2), a // Fraction(1, 3), a % Fraction(1, 3), divmod(Fraction(7, 2), Fraction(2, 3)))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 5 // a, 5 % a, -a, +a, abs(b))
print(a + 0.25, 0.25 + a, a * 2.0, a / 0.5, type(a + 1).__name__, type(a + 1.0).__name__)
print(a ** 2, a ** -2, Fraction(-2, 3) ** 3, Fraction(-2, 3) ** -3, Fraction(4, 9) ** 0.5, 2 ** Fraction(3), 4 ** Fraction(1, 2))
print(a == Fraction(6, 8), a == 0.75, Fraction(2) == 2, a != b, a > b, a < 1, a >= 0.75, a <= Fraction(1, 2), Fraction(1, 3) < 0.34)
print(float(a), int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)))
print(round(Fraction(22, 7), 2), round(Fraction(12345, 1), -2), bool(Fraction(0)), bool(a))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1), hash(Fraction(1, 3)) == hash(Fraction(2, 6)))
print(Fraction("3.1415926535897932").limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(1, 3).limit_denominator(5), Fraction(0.1).limit_denominator())
print(a.as_integer_ratio(), sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]), sum([Fraction(1, n) for n in range(1, 6)]), max(Fraction(2, 3), 0.6))
print({Fraction(1, 2): "half"}[Fraction(2, 4)], Fraction(1, 2) in {0.5}, str(Fraction(-3, 1)))

for f in (lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction("1/0"), lambda: a / 0,
          lambda: Fraction(0) ** -1, lambda: Fraction(float("nan")), lambda: Fraction(float("inf")),
          lambda: Fraction([1]), lambda: Fraction(1.5, 2), lambda: Fraction("1 / 2"), lambda: Fraction.from_float("x"),
          lambda: a + "s", lambda: a < "s", lambda: Fraction(1, 3).limit_denominator(0)):
    try:
        print(f())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
