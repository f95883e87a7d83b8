# decimal near the exponent limits: overflow, underflow, subnormals, clamping (clamp=0/1),
# for every rounding mode; each result is followed by the flags raised (traps off).
from decimal import Decimal, Context, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, \
    ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
VALUES = ['9.999E+5', '-9.999E+5', '5E+5', '1E+6', '1E-5', '1.5E-8', '-9E-9', '0.00001234',
          '-1.0005E-5', '1E-9', '2.5E-9', '0E-20', '0E+10', '123E+3', '7']
SHORT = {'InvalidOperation': 'I', 'FloatOperation': 'F', 'DivisionByZero': 'Z',
         'Overflow': 'O', 'Underflow': 'U', 'Subnormal': 'S', 'Inexact': 'X',
         'Rounded': 'R', 'Clamped': 'C'}


def run(ctx, fn):
    try:
        r = fn()
        text = repr(r)
    except Exception as e:
        text = 'raise ' + type(e).__name__
    f = ''.join(SHORT[k.__name__] for k, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return text + (' ' + f if f else '')


nums = [Decimal(v) for v in VALUES]
for clamp, modes in ((0, MODES), (1, [ROUND_HALF_EVEN, ROUND_DOWN])):
    for mode in modes:
        ctx = Context(prec=4, rounding=mode, Emin=-5, Emax=5, clamp=clamp, traps=[])
        print('#', mode, 'clamp', clamp, ctx.Etiny(), ctx.Etop())
        for a in nums:
            cells = [run(ctx, lambda: ctx.plus(a)), run(ctx, lambda: ctx.normalize(a)),
                     run(ctx, lambda: ctx.sqrt(a)), run(ctx, lambda: ctx.next_plus(a)),
                     run(ctx, lambda: ctx.scaleb(a, 3)), run(ctx, lambda: ctx.scaleb(a, -4))]
            print(a, ':', ' | '.join(cells))
            for b in nums:
                cells = [run(ctx, lambda: ctx.add(a, b)), run(ctx, lambda: ctx.multiply(a, b)),
                         run(ctx, lambda: ctx.divide(a, b)),
                         run(ctx, lambda: ctx.quantize(a, b))]
                print(' ', a, b, ':', ' | '.join(cells))
