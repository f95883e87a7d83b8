# decimal over pseudo-random operands (a fixed linear congruential generator, so the
# program is deterministic): random digits, exponents, precisions and rounding modes,
# each result followed by the flags it raised (traps off).
from decimal import Decimal, Context, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, \
    ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
SHORT = {'InvalidOperation': 'I', 'FloatOperation': 'F', 'DivisionByZero': 'Z',
         'Overflow': 'O', 'Underflow': 'U', 'Subnormal': 'S', 'Inexact': 'X',
         'Rounded': 'R', 'Clamped': 'C'}
state = [20261207]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state[0] >> 33) % n


def number():
    kind = rnd(40)
    if kind == 0:
        return Decimal(['Infinity', '-Infinity', 'NaN', '-0', '0E-7'][rnd(5)])
    ndig = 1 + rnd(30) if rnd(3) else 1 + rnd(4)
    digits = ''.join(str(rnd(10)) for _ in range(ndig))
    exp = rnd(50) - 30 if rnd(4) else rnd(8) - 4
    return Decimal('%s%sE%d' % ('-' if rnd(3) == 0 else '', digits, exp))


def run(ctx, fn):
    try:
        r = fn()
        text = str(r)
    except Exception as e:
        text = 'raise ' + type(e).__name__
    f = ''.join(SHORT[k.__name__] for k, v in ctx.flags.items() if v)
    ctx.clear_flags()
    return text + (' ' + f if f else '')


for i in range(500):
    ctx = Context(prec=1 + rnd(40), rounding=MODES[rnd(8)], Emin=-30 - rnd(40),
                  Emax=30 + rnd(40), clamp=rnd(4) == 0, traps=[])
    a, b, c = number(), number(), number()
    n = rnd(12) - 4
    print(i, ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp, a, b, c, n)
    print('  ', ' | '.join(run(ctx, f) for f in (
        lambda: ctx.add(a, b), lambda: ctx.subtract(a, c), lambda: ctx.multiply(a, b),
        lambda: ctx.divide(a, b), lambda: ctx.divide_int(a, c), lambda: ctx.remainder(b, c),
        lambda: ctx.fma(a, b, c), lambda: ctx.quantize(a, c), lambda: ctx.sqrt(a),
        lambda: ctx.power(a, n), lambda: ctx.compare(a, b), lambda: ctx.normalize(b),
        lambda: ctx.scaleb(a, n), lambda: ctx.remainder_near(a, c))))
    if i % 4 == 0:
        print('  ', ' | '.join(run(ctx, f) for f in (
            lambda: ctx.exp(c), lambda: ctx.ln(a.copy_abs()), lambda: ctx.log10(b.copy_abs()),
            lambda: ctx.power(a.copy_abs(), c.scaleb(-c.adjusted() - 2)))))
    print('  ', run(ctx, lambda: a < b), a == c, hash(a) if a.is_finite() else '-',
          a.to_eng_string(),
          format(a, '.%de' % rnd(8)), format(b, ',.%df' % rnd(6)), format(c, '.%dg' % rnd(9)))
