# decimal exp, ln, log10, sqrt and powers (integral and not) at several precisions.
from decimal import Decimal, Context, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, \
    ROUND_CEILING

SHORT = {'InvalidOperation': 'I', 'FloatOperation': 'F', 'DivisionByZero': 'Z',
         'Overflow': 'O', 'Underflow': 'U', 'Subnormal': 'S', 'Inexact': 'X',
         'Rounded': 'R', 'Clamped': 'C'}
VALUES = ['0', '-0', '1', '-1', '2', '0.5', '10', '100', '0.001', '1E-20', '-1E-20',
          '2.718281828459045', '12345.6789', '1E+100', '1E-100', '0.999999', '1.000001',
          '-3.7', '50', '-50', '1000', 'Infinity', '-Infinity', 'NaN', 'sNaN']


def run(ctx, fn):
    try:
        text = str(fn())
    except Exception as e:
        text = 'raise ' + type(e).__name__
    f = ''.join(SHORT[k.__name__] for k, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return text + (' ' + f if f else '')


for prec, mode in ((5, ROUND_HALF_EVEN), (16, ROUND_DOWN), (28, ROUND_HALF_EVEN),
                   (40, ROUND_UP), (9, ROUND_CEILING)):
    ctx = Context(prec=prec, rounding=mode, Emin=-999, Emax=999, traps=[])
    print('#', prec, mode)
    for v in VALUES:
        a = Decimal(v)
        print(v, ':', ' | '.join(run(ctx, f) for f in (
            lambda: ctx.exp(a), lambda: ctx.ln(a), lambda: ctx.log10(a), lambda: ctx.sqrt(a))))
    for x in ('2', '0.5', '10', '1.5', '-2', '0', '-0', '1', 'Infinity', '-Infinity', '7.25'):
        for y in ('0.5', '-0.5', '2.5', '-3', '3', '0', '1E+3', '-1E-3', '1.000', 'Infinity',
                  '-Infinity'):
            print('pow', x, y, ':', run(ctx, lambda: ctx.power(Decimal(x), Decimal(y))))

with localcontext() as c:
    c.prec = 50
    print(Decimal(2).sqrt(), Decimal(2).ln(), Decimal(1).exp())
    print(Decimal(3) ** Decimal('0.5'), Decimal('1.0001') ** 10000)
    c.prec = 28
    print(Decimal(2) ** 100, Decimal(2) ** -100, Decimal('1.1') ** 1000)
    print(Decimal(7) ** 123456 > 0, Decimal('0.9') ** 5000)
    print(pow(Decimal(3), 100, 7), pow(Decimal(-3), 3, 5), pow(Decimal(10), 20, 97))
