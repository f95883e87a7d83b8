# float repr: shortest round-tripping representation
vals = [0.1 + 0.2, 0.1, 0.5, 1e16, 1e15, 123456789012345680.0, 1e-5, 0.0001, 1.5e300, 1e22, 1e21,
        1 / 3, 2 / 3, 100.0, -0.0, 0.0, 1.0, -1.5, 3.14159, 2.5e-10, 5e-324, 1.7976931348623157e308,
        123.456, 1e100, 9007199254740993.0, 0.30000000000000004, 1234567.0, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(repr(float('inf')), repr(-float('inf')), repr(float('nan')))
print([0.1, 1e-7, 1e+16], (2.0,), {'x': 0.25})
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 1.1 * 1.1)
print(float(10**16), float(2**63), float(10**22), float(10**23))
print(1.0e-4, 1.0e-5, 0.00001234, 12345678901234567.0)
print(-1e-300 * 1e-300, 1e308 * 10)
