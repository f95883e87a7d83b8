# conversions between float, int and str
print(int(3.7), int(-3.7), int(0.9999), int(-0.1), int(1e20), int(1.5e30))
print(int(2.0**70), int(-2.0**70))
print(float(3), float(-7), float(2**80), float('3.25'), float(' -1.5e3 '), float('1_000.5'))
print(float('.5'), float('5.'), float('+1.25'), float('1E5'), float('-0'))
print(float(True), float('nan') != float('nan'))
print(str(2.0), str(1e100), str(-1e-100), str(3.0e0))
for s in ['abc', '', '1.2.3', '1e', '--1', '1 2', 'infx', '0x10']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
print((7.0).is_integer(), (7.5).is_integer(), (-0.0).is_integer(), float('inf').is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((3.0).real, (3.0).imag, (3.5).conjugate())
print(int('7') + float('0.5'), int(float('7.9')))
print(1e3 == 1000, int(1e3), 10**15 == 1e15, float(10**15) == 1e15)
