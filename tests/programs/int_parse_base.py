# int() from strings with bases
print(int('42'), int('-42'), int('+7'), int('  12  '), int('\t-3\n'))
print(int('1_000_000'), int('0'), int('-0'), int('000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('-0x1A', 16))
print(int('777', 8), int('0o777', 8), int('101', 2), int('0b101', 2))
print(int('z', 36), int('ZZ', 36), int('hello', 36))
print(int('0x10', 0), int('0o10', 0), int('0b10', 0), int('10', 0), int('1_0', 0))
print(int('12', 3), int('-1_1', 2))
print(int('123456789012345678901234567890'))
print(int('f' * 40, 16))
print(int(3.99), int(-3.99), int(True), int(False))
print(int(), int(' 5 '))
bad = [('x', 10), ('', 10), ('1.5', 10), ('12', 2), ('0x10', 10), ('010', 0), ('1__0', 10), ('_1', 10), ('9', 8), ('g', 16)]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('10', 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
