# decimal contexts: attributes and their validation, flags and traps (the signal dicts),
# the template contexts, getcontext/setcontext/localcontext, and what trapped signals raise.
import decimal
from decimal import *


def show(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR)
print([ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
       ROUND_HALF_DOWN, ROUND_05UP])
for cls in [DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
            Subnormal, Overflow, Underflow, FloatOperation, ConversionSyntax,
            DivisionImpossible, DivisionUndefined, InvalidContext]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(DivisionUndefined, ZeroDivisionError))

c = Context(prec=5, rounding=ROUND_DOWN, Emin=-9, Emax=9, capitals=0, clamp=1,
            flags=[Inexact], traps={s: s is Overflow for s in getcontext().traps})
print(c, c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps)
print(c.flags[Inexact], c.traps[Overflow], len(c.traps), Inexact in c.flags, 3 in c.flags)
print(list(c.flags) == [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                        Subnormal, Inexact, Rounded, Clamped])
print(c.flags.copy() == {s: s is Inexact for s in c.flags}, dict(c.traps)[Overflow])
d = c.copy()
d.prec = 7
d.traps[Inexact] = True
print(c.prec, d.prec, c.traps[Inexact], d.traps[Inexact])
c.clear_flags()
c.clear_traps()
print(c)
print(Context())
print(Context(traps=[], flags=[]), Context(flags=[Rounded, Clamped]))

show('prec 0', lambda: Context(prec=0))
show('prec str', lambda: Context(prec='a'))
show('prec float', lambda: Context(prec=5.0))
show('rounding', lambda: Context(rounding='ROUND_SIDEWAYS'))
show('Emin 1', lambda: Context(Emin=1))
show('Emax -1', lambda: Context(Emax=-1))
show('capitals 2', lambda: Context(capitals=2))
show('clamp 2', lambda: Context(clamp=2))
show('traps dict', lambda: Context(traps={Overflow: 1}))
show('traps list', lambda: Context(traps=[3]))
show('keyword', lambda: Context(foo=3))
e = Context()
show('set prec', lambda: setattr(e, 'prec', 0))
show('set Emax', lambda: setattr(e, 'Emax', 'x'))
show('set other', lambda: setattr(e, 'foo', 5))
show('set trap key', lambda: e.traps.__setitem__(3, True))
show('get flag key', lambda: e.flags['Inexact'])
show('del trap', lambda: e.traps.__delitem__(Inexact))
e.prec = 12
e.rounding = ROUND_CEILING
e.Emax = 99
e.Emin = -99
e.capitals = 0
e.clamp = 1
e.traps = {s: s is Inexact for s in e.traps}
show("set traps list", lambda: setattr(e, "traps", [Inexact]))
show("set traps partial", lambda: setattr(e, "traps", {Inexact: True}))
e.flags = {s: s is Clamped for s in e.flags}
print(e)

# the current context
setcontext(Context(prec=6))
print(getcontext().prec, Decimal(1) / 7)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec, Decimal(1) / 7)
show('setcontext bad', lambda: setcontext(5))
with localcontext() as lc:
    lc.prec = 3
    print('inner', Decimal(2).sqrt(), getcontext() is lc)
print('outer', Decimal(2).sqrt())
with localcontext(prec=4, rounding=ROUND_UP) as lc:
    print('kw', Decimal(2) / 3, lc.prec, lc.rounding)
with localcontext(Context(prec=2), prec=3, traps=[]) as lc:
    print('ctx+kw', lc, Decimal(1) / 0)
show('localcontext bad kw', lambda: localcontext(foo=1))
show('localcontext bad value', lambda: localcontext(prec=-1))
show('localcontext bad ctx', lambda: localcontext(5))
try:
    with localcontext(prec=2):
        raise KeyError('inside')
except KeyError:
    print('restored', getcontext().prec)

# signals: flags are sticky, traps raise with the list of conditions
getcontext().clear_flags()
Decimal(1) / 3
print([s.__name__ for s, v in getcontext().flags.items() if v])
show('div zero', lambda: Decimal(1) / 0)
show('zero/zero', lambda: Decimal(0) / 0)
show('mod zero', lambda: Decimal(5) % 0)
show('divmod zero', lambda: divmod(Decimal(5), 0))
show('inf-inf', lambda: Decimal('Infinity') - Decimal('Infinity'))
show('sNaN', lambda: Decimal('sNaN') + 1)
show('overflow', lambda: Decimal('9e999999') * 10)
show('impossible', lambda: Decimal('1e40') // 3)
show('syntax', lambda: Decimal('x'))
show('0**0', lambda: Decimal(0) ** 0)
show('sqrt -1', lambda: Decimal(-1).sqrt())
show('nan <', lambda: Decimal('NaN') < 1)
show('snan ==', lambda: Decimal('sNaN') == 1)
with localcontext(Emin=-10, prec=5) as lc:
    for s in lc.traps:
        lc.traps[s] = True
    show('underflow', lambda: Decimal('1e-10') / 10 ** 8)
    show('subnormal', lambda: Decimal('1e-10') / 3)
    show('inexact', lambda: Decimal(1) / 3)
    show('rounded', lambda: Decimal(123456) + 0)
    show('clamped', lambda: Decimal('0E-20') + 0)
    show('float op', lambda: Decimal(1.5))
    show('float cmp', lambda: Decimal(1) < 1.5)
    show('float eq', lambda: Decimal(1) == 1.5)
    show('from_float', lambda: Decimal.from_float(1.5))
    show('create float', lambda: lc.create_decimal(1.5))
    show('create from float', lambda: lc.create_decimal_from_float(1.5))
with localcontext(traps=[]) as lc:
    print(Decimal(1) / 0, Decimal(0) / 0, divmod(Decimal(5), 0), divmod(Decimal(0), 0),
          Decimal(-5) % 0, Decimal('-1e40') // 3, Decimal('sNaN123') + 1,
          Decimal('NaN5') + Decimal('sNaN7'), Decimal(1) < Decimal('NaN'))
    print(lc.flags)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__, e.args)
try:
    Decimal('1') + Decimal('sNaN')
except ArithmeticError as e:
    print('caught as ArithmeticError:', type(e).__name__, e.args)

# context methods
c = Context(prec=6, traps=[])
print(c.create_decimal('1.23456789'), c.create_decimal(123456789), c.create_decimal(),
      c.create_decimal('NaN123456789'), c.create_decimal_from_float(0.1))
print(c.add(1, 2), c.subtract(Decimal('1.5'), 3), c.multiply(7, 7), c.divide(1, 7),
      c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.power(2, 10),
      c.power(2, 10, 1000), c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.abs(-3),
      c.minus(3), c.plus(Decimal('1.23456789')), c.fma(2, 3, 4), c.compare(1, 2),
      c.max(1, 2), c.min(1, 2), c.max_mag(-3, 2), c.min_mag(-3, 2),
      c.compare_total(1, Decimal('1.0')), c.copy_sign(1, -2), c.quantize(Decimal('1.2345'),
                                                                      Decimal('0.01')))
print(c.to_sci_string(Decimal('1E-10')), c.to_eng_string(Decimal('1E-10')),
      c.is_zero(0), c.is_signed(-1), c.number_class(Decimal('-0')), c.radix(),
      c.logical_and(1100, 1010), c.logical_or(1100, 1010), c.logical_xor(1100, 1010),
      c.logical_invert(1100), c.rotate(123456, 2), c.shift(123456, -2), c.scaleb(1, 3),
      c.next_toward(1, 2), c.same_quantum(1, Decimal('1.0')), c.canonical(Decimal(3)))
show('context float', lambda: c.add(1.5, 1))
show('context str', lambda: c.add('1', 1))
show('canonical int', lambda: c.canonical(3))
