# Building Decimals from str, int, float, tuple and Decimal; str, repr, as_tuple,
# to_eng_string, predicates, and the errors each constructor raises.
from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation, \
    DecimalTuple


def show(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


STRINGS = ['0', '-0', '+0', '00012', '1.', '.5', '-.5', '5.', '1.50', '1e3', '1E+3', '1e-3',
           '-1.23E-10', '12e+2', '0.000001', '0.0000001', '123456789012345678901234567890',
           '1_000', '1_000.000_1', ' 12 ', '\t-7\n', 'Inf', '-inf', 'INFINITY', '+Infinity',
           'nan', 'NaN', '-NaN', 'NaN42', 'nan0012', 'sNaN', '-sNaN7', 'snan',
           '\u0661\u0662', '1e1_0', '0E+5', '-0E-3', '1E-999999', '9E+999999',
           '', ' ', '1e', 'e5', '.', '+-1', 'abc', '1.2.3', '1e2.5', 'infinit', 'nan-1',
           'NaNx', '0x10', '1 2', '1e++5', '--1', '_', '1,5']
for s in STRINGS:
    show('str %r' % s, lambda: Decimal(s))

with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    show('untrapped', lambda: Decimal('bad'))
    print('flag', ctx.flags[InvalidOperation])

for n in [0, 1, -1, 10 ** 30, -(10 ** 40) - 7, True, False, 2 ** 64]:
    show('int %r' % n, lambda: Decimal(n))

for f in [0.0, -0.0, 0.1, 1.5, -2.25, 1e300, 5e-324, 1e22, 123456.789, float('inf'),
          float('-inf'), float('nan')]:
    show('float %r' % f, lambda: Decimal(f))
    show('from_float %r' % f, lambda: Decimal.from_float(f))
show('from_float int', lambda: Decimal.from_float(7))
show('from_float str', lambda: Decimal.from_float('7'))

TUPLES = [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (1, 2, 3), 'F'), (0, (), 'n'),
          (1, (4, 2), 'N'), (0, (0, 0, 1), 5), (0, [1, 2], -1), [1, (5,), 3],
          (1, (1, 12), 0), (1, (1, 2)), (2, (1, 2), 0), (0, (1, 2), 'x'), (0, (1, 2), 1.5),
          (0, '12', 0), (-1, (1,), 0), (0, (1, -2), 0)]
for t in TUPLES:
    show('tuple %r' % (t,), lambda: Decimal(t))

for bad in [None, 1 + 2j, b'1', [1], {}, object]:
    show('type %s' % type(bad).__name__, lambda: Decimal(bad))
show('context arg', lambda: Decimal('1', 5))
show('with context', lambda: Decimal('1.23456789', Context(prec=3)))
show('copy', lambda: Decimal(Decimal('-1.20')))

VALUES = ['0', '-0', '1.20', '-1.23E-10', '123E+5', '0.00000123', '1E+1', '12E+2', '0E+4',
          '0E+5', '0E-7', '0E-8', '-0E+2', '1E-7', '123E-9', '5E+9', 'Infinity', '-Infinity',
          'NaN', '-NaN12', 'sNaN3', '1.000', '100', '1E+100', '1E-100']
for v in VALUES:
    d = Decimal(v)
    print(v, '|', str(d), repr(d), d.to_eng_string(), d.as_tuple(), d.adjusted())
    print('  ', d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(),
          d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(), d.is_canonical(),
          d.number_class(), d.copy_abs(), d.copy_negate(), d.copy_sign(Decimal(-1)),
          d.canonical(), d.radix())
    show('   to_integral_value', lambda: d.to_integral_value())
    show('   as_integer_ratio', lambda: d.as_integer_ratio())

print(Decimal('-1.20').as_tuple().digits, isinstance(Decimal(1).as_tuple(), DecimalTuple))
print(Decimal(7).to_integral_value(), Decimal('7.5').to_integral_value(),
      Decimal('8.5').to_integral_value(), Decimal('-7.5').to_integral_value('ROUND_UP'),
      Decimal('7.25E+3').to_integral(), Decimal('7.5').to_integral_exact())
print(Decimal('1E-7').is_subnormal(Context(Emin=-5)), Decimal('1E-7').is_normal(Context(Emin=-5)),
      Decimal('1E-7').number_class(Context(Emin=-5)))
print(Decimal('12.34').copy_sign(-3), Decimal('-3').copy_sign(Decimal('0')))
print(Decimal('3.14').same_quantum(Decimal('2.71')), Decimal('3.1').same_quantum(3),
      Decimal('NaN').same_quantum(Decimal('sNaN')), Decimal('Inf').same_quantum(1))
ctx = getcontext()
ctx.capitals = 0
print(Decimal('1E+10'), repr(Decimal('-1E-10')), Decimal('1E+10').to_eng_string())
ctx.capitals = 1
class Money(Decimal):
    pass
m = Money('1.50')
print(type(m).__name__, m, repr(m), isinstance(m + 1, Money), type(m + 1).__name__)
print(Decimal('1.5').__reduce__(), Decimal('7').real, Decimal('7').imag,
      Decimal('7').conjugate())
# Context.create_decimal is stricter than the constructor: no whitespace, no underscores
strict = Context(prec=5, traps=[])
for s in [' 1 ', '\t1', '\u0661', '1_0', '1\xa0', 'nan', ' nan', '1.234567', 'NaN123456']:
    print(repr(s), repr(strict.create_decimal(s)), repr(Decimal(s, strict)),
          sorted(k.__name__ for k, v in strict.flags.items() if v))
    strict.clear_flags()
