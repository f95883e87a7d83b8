# Shared by decimal_grid_a.py and decimal_grid_b.py: arithmetic over a grid of operands,
# precisions and rounding modes; each result is followed by the flags the operation raised
# (traps off, so every signal is observable).
from decimal import Decimal, Context, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, \
    ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP

VALUES = ['0', '-0', '1', '-1', '2.5', '-7.45', '0.1', '123456789', '9.9999', '1E+5',
          '1.000', '7E-3', '-12345.678', '1E-9', 'Infinity', '-Infinity', 'NaN', 'sNaN2']
MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
SHORT = {'InvalidOperation': 'I', 'FloatOperation': 'F', 'DivisionByZero': 'Z',
         'Overflow': 'O', 'Underflow': 'U', 'Subnormal': 'S', 'Inexact': 'X',
         'Rounded': 'R', 'Clamped': 'C'}


def flags(ctx):
    out = ''.join(SHORT[k.__name__] for k, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return out


def run(ctx, fn):
    try:
        r = fn()
        text = str(r) if not isinstance(r, tuple) else '(%s, %s)' % r
    except Exception as e:
        text = 'raise ' + type(e).__name__
    f = flags(ctx)
    return text + (' ' + f if f else '')


def show(ctx, label, fns):
    print(label + ': ' + ' | '.join(run(ctx, fn) for fn in fns))


contexts = []
for i, mode in enumerate(MODES):
    prec = (3, 7, 5, 9)[i % 4]
    contexts.append(Context(prec=prec, rounding=mode, Emin=-12, Emax=12, traps=[]))

nums = [Decimal(v) for v in VALUES]


def grid(contexts):
    for ctx in contexts:
        print('#', ctx.prec, ctx.rounding)
        for a in nums:
            for b in nums:
                show(ctx, '%s %s' % (a, b), [
                    lambda: ctx.add(a, b), lambda: ctx.subtract(a, b),
                    lambda: ctx.multiply(a, b), lambda: ctx.divide(a, b),
                    lambda: ctx.divide_int(a, b), lambda: ctx.remainder(a, b),
                    lambda: ctx.divmod(a, b), lambda: ctx.remainder_near(a, b),
                    lambda: ctx.quantize(a, b), lambda: ctx.compare(a, b),
                    lambda: ctx.max(a, b), lambda: ctx.min_mag(a, b)])
        for a in nums:
            show(ctx, str(a), [
                lambda: ctx.plus(a), lambda: ctx.minus(a), lambda: ctx.abs(a),
                lambda: ctx.sqrt(a), lambda: ctx.normalize(a),
                lambda: ctx.to_integral_exact(a), lambda: ctx.to_integral_value(a),
                lambda: ctx.next_plus(a), lambda: ctx.next_minus(a),
                lambda: ctx.number_class(a), lambda: ctx.logb(a),
                lambda: ctx.to_eng_string(a)])
            show(ctx, 'pow ' + str(a), [lambda n=n: ctx.power(a, n)
                                       for n in (0, 1, 2, 3, -1, -2, 7)])
