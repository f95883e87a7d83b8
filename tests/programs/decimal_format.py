# format() and f-strings of Decimals: every presentation type, precision, sign, z, zero
# padding, grouping, fill and alignment, over ordinary and special values.
from decimal import Decimal, localcontext, ROUND_HALF_UP, ROUND_DOWN

SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0', '.2', '.5', '.0e', '.2e', '.6e',
         '.0f', '.2f', '.10f', '.0g', '.1g', '.3g', '.6g', '.12g', '.0%', '.3%', '+', ' ',
         '-', '+.3e', ' .2f', 'z.0f', 'z.1e', 'z', '010', '010.2f', '+010.2f', '012,.1f',
         '012,', '0=12.3f', '=+12.2f', '*^20.3e', '#<15.4g', '>12', '<12', '^12', 'x>8,',
         ',', ',.2f', ',.0f', ',e', ',g', '10,.3%', '_.2f']
VALUES = ['0', '-0', '1', '-1', '0.5', '2.5', '1234.5678', '-0.00001', '123456789',
          '1E+10', '1.000', '0E+5', '0E-9', '-0.0001', '999.9', '9.99e-7', '1234567.5',
          '12E+2', '0.0000123', '123456789.987654321', '-1E-30', '7E+30', 'Infinity',
          '-Infinity', 'NaN', '-NaN12', 'sNaN']

for spec in SPECS:
    cells = []
    for v in VALUES:
        try:
            cells.append(repr(format(Decimal(v), spec)))
        except Exception as e:
            cells.append(type(e).__name__ + ': ' + str(e))
    print('%-8r' % spec, ' '.join(cells))

for spec in ['x', 'd', '.2s', ',_', '10.2.3', '1$', 'c', '#f', '.f', 'b', 'ee', ',n']:
    try:
        print(repr(spec), repr(format(Decimal('1.5'), spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal('2.5'), '.0f'), format(Decimal('2.25'), '.1f'),
          format(Decimal('0.125'), '.2e'), format(Decimal('0.125'), '.2g'))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('2.99'), '.1f'), format(Decimal('-2.99'), '.0e'))
with localcontext(capitals=0):
    print(format(Decimal('1E+10'), ''), format(Decimal('1E+10'), '.3'),
          format(Decimal('1E+10'), 'G'))
x = Decimal('-1234.5')
print(f'{x}|{x:.1f}|{x:>12,.2f}|{x!r}|{x!s:>10}|{x:e}|{x:%}')
print('%s %r' % (x, x))
print(str(Decimal('0.1') + Decimal('0.2')), '{:.3}'.format(Decimal(1) / 7))
