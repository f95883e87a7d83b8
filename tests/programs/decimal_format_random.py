# format() of Decimals with pseudo-random specs (fill, align, sign, z, 0, width, grouping,
# precision, type) under random precisions, rounding modes and capitals; a fixed linear
# congruential generator keeps the program deterministic.
from decimal import Decimal, localcontext

MODES = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
         'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP']
state = [7]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state[0] >> 33) % n


def pick(seq):
    return seq[rnd(len(seq))]


for i in range(1500):
    if rnd(20) == 0:
        v = pick(['Inf', '-Inf', 'NaN', '-NaN3', 'sNaN', '-0', '0E-9', '0E+9', '-0.000'])
    else:
        digits = ''.join(str(rnd(10)) for _ in range(1 + rnd(25)))
        v = '%s%sE%d' % (pick(['', '-']), digits, rnd(61) - 30)
    spec = ''
    if rnd(10) < 3:
        spec += pick(['', '*', '0', 'x']) + pick('<>=^')
    if rnd(10) < 3:
        spec += pick('+- ')
    if rnd(10) < 2:
        spec += 'z'
    if rnd(10) < 2:
        spec += '0'
    if rnd(10) < 4:
        spec += str(rnd(31))
    if rnd(10) < 3:
        spec += pick([',', '_'])
    if rnd(10) < 6:
        spec += '.' + str(rnd(16))
    if rnd(10) < 8:
        spec += pick('eEfFgGn%')
    prec, mode, caps = 1 + rnd(30), pick(MODES), rnd(2)
    with localcontext(prec=prec, rounding=mode, capitals=caps, traps=[]):
        try:
            text = repr(format(Decimal(v), spec))
        except ValueError as e:
            text = 'ValueError: %s' % e
    print(i, v, repr(spec), prec, mode, caps, text)
