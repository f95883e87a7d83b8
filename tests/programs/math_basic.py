import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5), math.ceil(-0.5))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-1e20))
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(5))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2.0, 1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2**100, 6**50), math.gcd())
print(math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**101))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1, 1, 1))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([2.0, 0.5], start=3))
print(math.modf(3.75), math.modf(-2.5), math.fmod(7, -3), math.fmod(-7, 3))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
for bad in (lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.log(0), lambda: math.isqrt(-4)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
