# float arithmetic
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(1 / 7, 22 / 7, 355 / 113)
print(0.1 + 0.7, 0.1 * 0.1, 1 - 0.9)
print(2 ** 0.5, 10 ** -2, 2.0 ** 10, 2.0 ** 100)
print(1e308 + 1e308, -1e308 * 10)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1] * 10))
print(float(1) / 3 * 3)
print(5 + 2.0, type(5 + 2.0).__name__, 5 * 1.0, 10 / 4)
print(divmod(10.5, 3), divmod(-10.5, 3))
print(round(1e20 / 3), int(1e20 / 3))
x = 1.0
for i in range(60):
    x *= 2
print(x, int(x) == 2**60)
print(-7.0 / 2, 7.0 / -2, -(7.0 / 2))
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 398)
