# Decimal with the rest of Python: operators mixed with int (and refused with float),
# comparisons with int/float/Fraction/complex, hash agreement, int/float/round/math,
# sorting and sums, quantize and its error cases.
import math
from fractions import Fraction
from decimal import *


def show(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


D = Decimal
a, b = D('7.25'), D('-2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(b), a ** 2,
      b ** -3, a ** D('0.5'))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 4, 4 / a, a // 2, 2 // a, a % 2,
      2 % a, divmod(a, 2), divmod(20, a), 2 ** D(10), D(2) ** 10, pow(D(3), 4, 5))
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, divmod(D(-7), 2), -7 // 2, -7 % 2)
print(D('0.1') + D('0.2') == D('0.3'), 0.1 + 0.2 == 0.3, sum([D('0.1')] * 10),
      sum([D('1.1'), 2, D('3.3')]), sorted([D(3), 1, D('2.5'), 0.5, Fraction(7, 4)]))
for op, fn in [('+', lambda: D(1) + 1.5), ('r+', lambda: 1.5 + D(1)),
               ('-', lambda: D(1) - 0.5), ('*', lambda: D(1) * 2.0),
               ('/', lambda: D(1) / 2.0), ('r/', lambda: 2.0 / D(1)),
               ('//', lambda: D(1) // 2.0), ('%', lambda: D(1) % 2.0),
               ('**', lambda: D(2) ** 0.5), ('r**', lambda: 2.0 ** D(2)),
               ('divmod', lambda: divmod(D(1), 2.0)), ('str', lambda: D(1) + '1'),
               ('none', lambda: D(1) * None), ('complex', lambda: D(1) + 1j),
               ('rcomplex', lambda: 1j - D(1)), ('dict', lambda: D(1) + {}),
               ('lt str', lambda: D(1) < 'a'), ('le None', lambda: D(1) <= None),
               ('lt complex', lambda: D(1) < 1j)]:
    show(op, fn)

print(D('1.5') == 1.5, D('0.1') == 0.1, D('1.5') < 1.6, D(2) > 1.5, D(1) == 1, D('1.0') == 1,
      D(1) != 2, D('-0') == 0, D(1) == 1 + 0j, D(1) == 1 + 1j, D('0.5') == Fraction(1, 2),
      D('0.5') < Fraction(2, 3), D('0.75') >= Fraction(3, 4), Fraction(1, 3) < D('0.34'),
      D('Infinity') > 10 ** 100, D('-Infinity') < -1e308, D('Infinity') == float('inf'),
      D('Infinity') > Fraction(1, 3), D('NaN') == D('NaN'), D('NaN') != D('NaN'),
      D('NaN') == float('nan'), D(1) == 'a', D(1) != 'a', 1.5 == D('1.5'))
print(max(D(1), D('1.0')), min(D(1), D('1.0')), max([D(2), 3, D('2.5')]),
      D('1.0') in {D(1)}, {D(1): 'x'}[1], D('2.50') in [2.5])
show('nan <', lambda: D('NaN') < 1)
with localcontext(traps=[]) as ctx:
    print(D('NaN') < 1, D('NaN') >= D('NaN'), D('sNaN') == 1, ctx.flags[InvalidOperation])

for v in ['0', '-0', '1', '-1', '1.5', '-1.0', '0.1', '1e-30', '123456789.123456789',
          '1e100', '-2.5e-7', 'Infinity', '-Infinity', '1E+999999', '3.000']:
    d = D(v)
    print('hash', v, hash(d), hash(d) == hash(float(d)) if d.is_finite() and
          abs(d.adjusted()) < 300 and float(d) == d else '-')
print(hash(D(10 ** 20)) == hash(10 ** 20), hash(D('0.5')) == hash(Fraction(1, 2)),
      hash(D('1e-30')) == hash(Fraction(1, 10 ** 30)), hash(D('-1')) == hash(-1))
show('hash sNaN', lambda: hash(D('sNaN')))
print(type(hash(D('NaN'))).__name__)

for v in ['0', '-0', '2.5', '3.5', '-2.5', '-3.7', '1e3', '12345.6789', '-0.5', '0.5',
          '1.23456789e25']:
    d = D(v)
    print('conv', v, int(d), float(d), round(d), round(d, 1), round(d, -1), round(d, 0),
          math.floor(d), math.ceil(d), math.trunc(d), complex(d), bool(d))
for v in ['NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity']:
    d = D(v)
    show('int ' + v, lambda: int(d))
    show('float ' + v, lambda: float(d))
    show('round ' + v, lambda: round(d))
    show('round2 ' + v, lambda: round(d, 2))
    show('floor ' + v, lambda: math.floor(d))
show('round big', lambda: round(D('1e30'), 2))
show('round str', lambda: round(D('1.5'), '1'))
print(math.sqrt(D(2)), math.isclose(D('0.1'), 0.1), float(D('1e400')), float(D('-1e-400')))

Q = [('1.2345', '0.01'), ('1.2355', '0.001'), ('1.235', '0.01'), ('-1.235', '0.01'),
     ('123', '1e1'), ('123', '1e-30'), ('0', '1e-5'), ('-0', '1e3'), ('1e30', '0.01'),
     ('Infinity', '1'), ('1', 'Infinity'), ('Infinity', '-Infinity'), ('NaN', '1'),
     ('1', 'sNaN'), ('9.999', '0.01'), ('1e-999999', '1e-1000026'), ('5', '1e999999')]
for x, y in Q:
    show('quantize %s %s' % (x, y), lambda: D(x).quantize(D(y)))
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
             ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]:
    print(mode, [str(D(v).quantize(D('0.1'), rounding=mode)) for v in
                 ['1.25', '1.35', '-1.25', '1.251', '-1.249', '1.05', '1.01', '-1.06', '0.04']],
          D('2.5').to_integral_value(mode), D('-2.5').to_integral_exact(rounding=mode))
show('quantize bad rounding', lambda: D(1).quantize(D('0.1'), rounding='UP'))
show('quantize float', lambda: D(1).quantize(0.1))
show('quantize ctx', lambda: D('1.23456').quantize(D('0.001'), context=Context(prec=3)))

print(D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-0')),
      D('120.00').normalize(), D('-0.000').normalize(), D('1E+3').normalize(),
      D('7.50').scaleb(2), D('7.50').scaleb(-5), D('1.23').compare(D('1.230')),
      D('1.23').compare_total(D('1.230')), D('-0').compare_total(D('0')),
      D('NaN').compare_total(D('Infinity')), D(2).max(D('NaN')), D(2).min(D(-3)),
      D('12.345').fma(2, D('0.01')), D(10).fma(D(10), -1), D('1.5').logb(), D(0).logb() if
      False else '', D('12.3').remainder_near(5), D('17').remainder_near(D('-4')),
      D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D('1.5').adjusted(),
      D(5).rotate(1), D(12).shift(2), D('1011').logical_and(D('1101')))
show('copy_sign float', lambda: D(1).copy_sign(-1.0))
show('fma float', lambda: D(1).fma(2, 3.0))
show('scaleb frac', lambda: D(1).scaleb(D('1.5')))
show('logical bad', lambda: D(12).logical_and(D('1.1')))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real),
      isinstance(D(1), numbers.Rational), issubclass(Decimal, numbers.Number))
