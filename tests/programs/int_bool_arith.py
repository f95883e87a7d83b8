# bool is an int subclass
print(True + True, True * 10, False - 1, True / 2, True // 1)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(sum([True, False, True, True]))
print(True == 1, True is True, str(True), repr(False))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(''), bool('a'), bool([]), bool([0]), bool(None))
print(int(True), float(False), -True, ~True, +True)
print(True << 3, abs(True))
l = ['a', 'b']
print(l[True], l[False])
print(not 0, not 5, not not 'x')
print(True.bit_length(), (True).real)
