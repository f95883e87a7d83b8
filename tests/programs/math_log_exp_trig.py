import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1024, 2))
print(math.log2(8), math.log2(1024), math.log2(2**100), math.log10(1000), math.log10(1e-3))
print(math.log10(10**50), math.log(2**1000) / math.log(2))
print(math.exp(0), math.exp(1), math.exp(-1) < 1)
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(0, 1), math.atan2(1, 0), math.atan2(-1, -1))
print(math.asin(1), math.acos(1), math.atan(1), math.pi / 4)
def r(x):
    return format(x, '.10f')
for deg in (0, 30, 45, 60, 90, 180, 270):
    rad = math.radians(deg)
    print(deg, r(math.sin(rad)), r(math.cos(rad)))
print(r(math.tan(math.pi / 4)), r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)))
print(r(math.sqrt(2) ** 2), math.sqrt(2) ** 2 == 2)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1))
print(math.exp(700) > 1e300)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.log(-1)
except ValueError as e:
    print(type(e).__name__, e)
