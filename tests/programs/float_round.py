# round(): banker's rounding and ndigits
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 0.49999999999999994):
    print(v, round(v), type(round(v)).__name__)
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2))
print(round(-3.14159, 2), round(1e20, 2), round(123.456, 10))
print(type(round(2.5, 0)).__name__, round(2.5, 0), round(3.5, 0))
print(round(5), round(-5), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(15, -1)).__name__, round(7, 2))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(2**60 + 0.0), round(1e15 + 0.5))
print(round(-0.4), round(-0.6), round(0.0), round(-0.0, 1))
print(round(5e-324, 300), round(123456.789, -3), round(-123456.789, -4))
