# format() builtin and __format__
print(format(42), format(42, ''), format(42, '5'), format('s', '>3'), format(3.5), format(3.5, ''))
print(format(255, 'x'), format(255, '08b'), format(1234.5, ',.2f'), format(0.5, '%'), format(97, 'c'))
print(format(True), format(True, ''), format(True, 'd'), format(None), format([1, 2]), format((1,)))
print(format(1e100), format(1.0), format(-0.0), format(2**64), format(-7, '+'))
print(repr(format('', '')), format('abc', ''), format('abc', '.1'))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith('F'):
            return format(self.c * 9 / 5 + 32, spec[:-1] + 'f') + 'F'
        return format(self.c, spec) + 'C'
t = Temp(100)
print(format(t, ''), format(t, '.1F'), f'{t:>6}', '{:.2F}'.format(t))
class NoFormat:
    pass
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format([], 'x')
except TypeError as e:
    print(type(e).__name__, e)
