"""Decimal fixed and floating point arithmetic, written for tessera.

Behaviour follows the documentation of CPython 3.11's ``decimal`` module and the General
Decimal Arithmetic specification it implements, checked against ``python3`` output.

A finite value is kept as three plain fields: a sign bit, a non-negative integer
coefficient and an integer exponent (value = (-1)**sign * coefficient * 10**exponent).
Infinities and NaNs carry a one-letter kind ('F', 'n' for a quiet NaN, 'N' for a
signalling one), the same letters ``as_tuple()`` reports; a NaN's coefficient is its
diagnostic payload.  Every operation collects the conditions it raises in a small list;
``Context._settle`` turns that list into sticky flags and, for trapped signals, an
exception, once the result is known.
"""

import math
import numbers
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
    'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ALL_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
                  ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------------------------------
# Signals and conditions

class DecimalException(ArithmeticError):
    """Base class of every decimal signal."""


class Clamped(DecimalException):
    """An exponent was altered to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation had no sensible result."""


class ConversionSyntax(InvalidOperation):
    """A string did not have the syntax of a number."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit in the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class InvalidContext(InvalidOperation):
    """A context was not valid."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class Inexact(DecimalException):
    """Digits that were not zero were dropped by rounding."""


class Rounded(DecimalException):
    """Digits were dropped by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent was below Emin."""


class Overflow(Inexact, Rounded):
    """The result's exponent was above Emax."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# The order flags, traps and trap messages list the signals in.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_SET = frozenset(_SIGNALS)
# ... and the order Context's repr lists them in.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
_SIGNALS_MSG = ('valid values for signals are:\n'
                '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                '   Clamped]')


def _signal_of(cond):
    """The trap key a condition belongs to."""
    if issubclass(cond, InvalidOperation):
        return InvalidOperation
    return cond


class _SignalDict:
    """Context.flags / Context.traps: a fixed mapping from the nine signals to bools."""

    __slots__ = ('_on',)

    def __init__(self, on=()):
        self._on = set(on)

    def _check(self, key):
        if key not in _SIGNAL_SET:
            raise KeyError(_SIGNALS_MSG)

    def __getitem__(self, key):
        self._check(key)
        return key in self._on

    def __setitem__(self, key, value):
        self._check(key)
        if value:
            self._on.add(key)
        else:
            self._on.discard(key)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, key):
        return key in _SIGNAL_SET

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [s in self._on for s in _SIGNALS]

    def items(self):
        return [(s, s in self._on) for s in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_SET:
            return key in self._on
        return default

    def copy(self):
        return {s: (s in self._on) for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._on == other._on
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        parts = ['%r:%s' % (s, s in self._on) for s in _SIGNALS]
        return '{' + ', '.join(parts) + '}'

    def _names(self):
        return '[' + ', '.join(s.__name__ for s in _REPR_ORDER if s in self._on) + ']'


def _signals_from(arg):
    """Build the set of signals named by a list or a full dict (the constructor forms)."""
    if isinstance(arg, _SignalDict):
        return set(arg._on)
    if isinstance(arg, dict):
        if len(arg) != len(_SIGNALS) or any(k not in _SIGNAL_SET for k in arg):
            raise KeyError('invalid signal dict')
        return {k for k, v in arg.items() if v}
    out = set()
    for s in arg:
        if s not in _SIGNAL_SET:
            raise KeyError(_SIGNALS_MSG)
        out.add(s)
    return out


# ---------------------------------------------------------------------------------------
# Integer helpers

def _ndigits(n):
    """Number of decimal digits of a non-negative int (0 has one)."""
    if n < _BIG:
        return len(str(n))
    # floor(log10(n)) is guess or guess + 1 (1233/4096 just under log10(2))
    guess = (n.bit_length() - 1) * 1233 >> 12
    return guess + 2 if n >= _pow10(guess + 1) else guess + 1


_BIG = 10 ** 30


def _pow10(n):
    return 10 ** n


def _drop_digits(coef, k, negative, rounding):
    """Remove the k (> 0) lowest digits of coef, rounding; returns (new, inexact)."""
    if coef and k > 2 and _ndigits(coef) <= k - 2:
        # far below the kept digits: only "nonzero and under a tenth of a unit" matters
        coef, k = 1, 2
    unit = _pow10(k)
    q, r = divmod(coef, unit)
    if r == 0:
        return q, False
    if rounding == ROUND_DOWN:
        bump = False
    elif rounding == ROUND_UP:
        bump = True
    elif rounding == ROUND_CEILING:
        bump = not negative
    elif rounding == ROUND_FLOOR:
        bump = negative
    elif rounding == ROUND_05UP:
        bump = q % 5 == 0
    else:
        twice = 2 * r
        if twice > unit:
            bump = True
        elif twice < unit:
            bump = False
        elif rounding == ROUND_HALF_UP:
            bump = True
        elif rounding == ROUND_HALF_DOWN:
            bump = False
        else:
            bump = q & 1 == 1
    return (q + 1 if bump else q), True


def _strip_zeros(coef, exp, limit):
    """Remove trailing zeros of coef while exp stays at or below limit."""
    if coef == 0:
        return 0, exp
    while exp < limit and coef % 10 == 0:
        coef //= 10
        exp += 1
    return coef, exp


# ---------------------------------------------------------------------------------------
# Parsing

_TUPLE_KINDS = {'F': 'F', 'n': 'n', 'N': 'N'}


def _digit_value(ch):
    if '0' <= ch <= '9':
        return ord(ch) - 48
    if ch.isdigit():
        try:
            return int(ch)
        except ValueError:
            return -1
    return -1


def _read_digits(text):
    """The int value of a run of (possibly non-ASCII) decimal digits, or None."""
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    total = 0
    for ch in text:
        d = _digit_value(ch)
        if d < 0:
            return None
        total = total * 10 + d
    return total


def _parse_number(text, loose=True):
    """(sign, coef, exp, kind) for a numeric string, or None when it is malformed.

    The Decimal constructor is loose (surrounding whitespace and underscores allowed);
    Context.create_decimal is not."""
    s = text
    if loose:
        s = s.strip()
        if '_' in s:
            s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for word, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(word):
            rest = s[len(word):]
            if not rest:
                return sign, 0, 0, kind
            payload = _read_digits(rest)
            if payload is None:
                return None
            return sign, payload, 0, kind
    mant, exp_text = s, ''
    for i, ch in enumerate(s):
        if ch in 'eE':
            mant, exp_text = s[:i], s[i + 1:]
            if not exp_text:
                return None
            break
    exp = 0
    if exp_text:
        esign = 1
        if exp_text[0] in '+-':
            esign = -1 if exp_text[0] == '-' else 1
            exp_text = exp_text[1:]
        value = _read_digits(exp_text)
        if value is None:
            return None
        exp = esign * value
    whole, dot, frac = mant.partition('.')
    if not whole and not frac:
        return None
    digits = whole + frac
    coef = _read_digits(digits)
    if coef is None:
        return None
    return sign, coef, exp - len(frac), None


# ---------------------------------------------------------------------------------------
# The current context (one per program: tessera runs a single thread)

_current = [None]


def getcontext():
    """The context in force for arithmetic outside an explicit ``context=``."""
    ctx = _current[0]
    if ctx is None:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _current[0] = ctx
    return ctx


def setcontext(context):
    """Make ``context`` current (the default templates are copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextSwitch:
    """What localcontext() returns: swaps a copy in for the ``with`` body."""

    def __init__(self, ctx):
        self._ctx = ctx
        self._saved = None

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._ctx)
        return self._ctx

    def __exit__(self, *exc):
        setcontext(self._saved)
        return False


_CONTEXT_FIELDS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                   'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager running its body under a copy of ``ctx`` (or the current one)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    fresh = ctx.copy()
    for key, value in kwargs.items():
        if key not in _CONTEXT_FIELDS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps'):
            getattr(fresh, key)._on = _signals_from(value)
        else:
            setattr(fresh, key, value)
    return _ContextSwitch(fresh)


def _as_context(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


# ---------------------------------------------------------------------------------------
# Context

def _need_int(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


class Context(object):
    """Precision, rounding, exponent limits, flags and traps for arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, **unknown):
        for key in unknown:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        base = _DEFAULT_FIELDS
        object.__setattr__(self, '_prec', base['prec'])
        object.__setattr__(self, '_rounding', base['rounding'])
        object.__setattr__(self, '_Emin', base['Emin'])
        object.__setattr__(self, '_Emax', base['Emax'])
        object.__setattr__(self, '_capitals', 1)
        object.__setattr__(self, '_clamp', 0)
        object.__setattr__(self, '_flags', _SignalDict())
        object.__setattr__(self, '_traps', _SignalDict(base['traps']))
        given = (('prec', prec), ('rounding', rounding), ('Emin', Emin), ('Emax', Emax),
                 ('capitals', capitals), ('clamp', clamp))
        for name, value in given:
            if value is not None:
                setattr(self, name, value)
        if traps is not None:
            self._traps._on = _signals_from(traps)
        if flags is not None:
            self._flags._on = _signals_from(flags)

    # -- attributes, validated the way CPython validates them

    def __setattr__(self, name, value):
        if name == 'prec':
            _need_int(value)
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'Emin':
            _need_int(value)
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            _need_int(value)
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name == 'capitals':
            _need_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for capitals are 0 or 1')
        elif name == 'clamp':
            _need_int(value)
            if value not in (0, 1):
                raise ValueError('valid values for clamp are 0 or 1')
        elif name == 'rounding':
            if value not in _ALL_ROUNDINGS:
                raise TypeError('valid values for rounding are:\n'
                                '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                                '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                                '   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            if not isinstance(value, (dict, _SignalDict)):
                raise TypeError('argument must be a signal dict')
            getattr(self, '_' + name)._on = _signals_from(value)
            return
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, '_' + name, int(value) if name != 'rounding' else value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    prec = property(lambda self: self._prec)
    rounding = property(lambda self: self._rounding)
    Emin = property(lambda self: self._Emin)
    Emax = property(lambda self: self._Emax)
    capitals = property(lambda self: self._capitals)
    clamp = property(lambda self: self._clamp)
    flags = property(lambda self: self._flags)
    traps = property(lambda self: self._traps)

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._Emin,
                                         self._Emax, self._capitals, self._clamp,
                                         self._flags._names(), self._traps._names()))

    def copy(self):
        twin = Context(self._prec, self._rounding, self._Emin, self._Emax,
                       self._capitals, self._clamp, flags=set(self._flags._on),
                       traps=set(self._traps._on))
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [s for s in _SIGNALS if s in self._flags._on],
                          [s for s in _SIGNALS if s in self._traps._on]))

    def clear_flags(self):
        self._flags._on.clear()

    def clear_traps(self):
        self._traps._on.clear()

    # -- signalling

    def _settle(self, conds):
        """Record the conditions an operation raised; raise the trapped ones."""
        if not conds:
            return
        flags = self._flags._on
        for c in conds:
            flags.add(_signal_of(c))
        trapped = []
        for sig in _SIGNALS:
            for c in conds:
                if _signal_of(c) is sig and sig in self._traps._on and c not in trapped:
                    trapped.append(c)
        if trapped:
            raise _signal_of(trapped[0])(trapped)

    def _raise_now(self, cond):
        self._settle([cond])

    # -- construction

    def create_decimal(self, num='0'):
        """A Decimal from ``num``, rounded to this context (a NaN payload is cut too)."""
        conds = []
        if isinstance(num, str):
            d = _from_string(num, self, conds, False)
        elif isinstance(num, float):
            conds.append(FloatOperation)
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._kind is None:
            d = _fit(d._sign, d._coef, d._exp, self, conds)
        elif d._kind != 'F' and d._coef and _ndigits(d._coef) > self._prec - self._clamp:
            conds.append(ConversionSyntax)
            d = _nan()
        self._settle(conds)
        return d

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self.create_decimal(d)

    def _operand(self, x):
        if isinstance(x, Decimal):
            return x
        if isinstance(x, int):
            return _from_int(x)
        raise TypeError('conversion from %s to Decimal is not supported' % _tname(x))

    def radix(self):
        return Decimal(10)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def to_sci_string(self, a):
        return _render(self._operand(a), False, self._capitals)

    def to_eng_string(self, a):
        return _render(self._operand(a), True, self._capitals)

    def divmod(self, a, b):
        return self._operand(a).__divmod__(self._operand(b), self)

    def power(self, a, b, modulo=None):
        return self._operand(a).__pow__(self._operand(b), modulo, self)



def _tname(x):
    cls = type(x)
    mod = getattr(cls, '__module__', 'builtins')
    if mod in ('builtins', None):
        return cls.__name__
    if cls is Decimal or cls is Context:
        return 'decimal.' + cls.__name__
    return cls.__name__


# Context methods that forward to the Decimal method of the same name, by arity.
_CTX_UNARY = ('abs', 'copy_abs', 'copy_negate', 'exp', 'is_finite', 'is_infinite',
              'is_nan', 'is_normal', 'is_qnan', 'is_signed', 'is_snan', 'is_subnormal',
              'is_zero', 'ln', 'log10', 'logb', 'logical_invert', 'minus', 'next_minus',
              'next_plus', 'normalize', 'number_class', 'plus', 'sqrt', 'to_integral',
              'to_integral_exact', 'to_integral_value', 'copy_decimal')
_CTX_BINARY = ('add', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag',
               'copy_sign', 'divide', 'divide_int', 'logical_and', 'logical_or',
               'logical_xor', 'max', 'max_mag', 'min', 'min_mag', 'multiply',
               'next_toward', 'quantize', 'remainder', 'remainder_near', 'rotate',
               'same_quantum', 'scaleb', 'shift', 'subtract')
_CTX_ALIASES = {'abs': '__abs__', 'minus': '__neg__', 'plus': '__pos__', 'add': '__add__',
                'subtract': '__sub__', 'multiply': '__mul__', 'divide': '__truediv__',
                'divide_int': '__floordiv__', 'remainder': '__mod__',
                'copy_decimal': '_copy_plain'}
_CTX_NO_CONTEXT = ('copy_abs', 'copy_negate', 'is_finite', 'is_infinite', 'is_nan',
                   'is_qnan', 'is_signed', 'is_snan', 'is_zero', 'copy_decimal',
                   'compare_total', 'compare_total_mag', 'copy_sign', 'same_quantum')


def _make_ctx_method(name, arity):
    target = _CTX_ALIASES.get(name, name)
    pass_ctx = name not in _CTX_NO_CONTEXT
    if arity == 1:
        def method(self, a):
            x = self._operand(a)
            if pass_ctx:
                return getattr(x, target)(context=self)
            return getattr(x, target)()
    else:
        def method(self, a, b):
            x = self._operand(a)
            y = self._operand(b)
            if pass_ctx:
                return getattr(x, target)(y, context=self)
            return getattr(x, target)(y)
    method.__name__ = name
    return method


for _n in _CTX_UNARY:
    setattr(Context, _n, _make_ctx_method(_n, 1))
for _n in _CTX_BINARY:
    setattr(Context, _n, _make_ctx_method(_n, 2))
del _n


def _ctx_fma(self, a, b, c):
    return self._operand(a).fma(b, c, context=self)


Context.fma = _ctx_fma


# ---------------------------------------------------------------------------------------
# Building values

def _mk(sign, coef, exp, kind=None):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan(sign=0, payload=0):
    return _mk(sign, payload, 0, 'n')


def _inf(sign):
    return _mk(sign, 0, 0, 'F')


def _from_int(n):
    n = int(n)
    if n < 0:
        return _mk(1, -n, 0)
    return _mk(0, n, 0)


def _from_float(f):
    if f != f:
        return _nan(1 if math.copysign(1.0, f) < 0 else 0)
    neg = 1 if math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _inf(neg)
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1          # den is 2**k
    return _mk(neg, num * 5 ** k, -k)


def _from_string(text, ctx, conds, loose=True):
    parsed = _parse_number(text, loose)
    if parsed is None:
        conds.append(ConversionSyntax)
        return _nan()
    sign, coef, exp, kind = parsed
    return _mk(sign, coef, exp if kind is None else 0, kind)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if sign not in (0, 1) or isinstance(sign, bool) and False:
        raise ValueError('sign must be an integer with the value 0 or 1')
    if not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in _TUPLE_KINDS:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = exp
        exp = 0
    elif isinstance(exp, int):
        kind = None
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dg
    if kind == 'F':
        coef = 0
    return _mk(sign, coef, exp, kind)


def _nan_fit(d, ctx):
    """A quiet NaN result carrying d's payload, cut to the digits the context allows."""
    room = ctx._prec - ctx._clamp
    payload = d._coef
    if payload and _ndigits(payload) > room:
        payload = payload % _pow10(room) if room > 0 else 0
    return _mk(d._sign, payload, 0, 'n')


def _nan_result(a, b, ctx, conds):
    """The NaN an operation on a (and b, which may be None) yields, or None."""
    for x in (a, b):
        if x is not None and x._kind == 'N':
            conds.append(InvalidOperation)
            return _nan_fit(x, ctx)
    for x in (a, b):
        if x is not None and x._kind == 'n':
            return _nan_fit(x, ctx)
    return None


def _invalid(conds, cond=InvalidOperation):
    conds.append(cond)
    return _nan()


def _overflow(sign, ctx, conds, rounding=None):
    conds.extend((Overflow, Inexact, Rounded))
    mode = rounding or ctx._rounding
    to_inf = (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
              or (mode == ROUND_CEILING and sign == 0) or (mode == ROUND_FLOOR and sign == 1))
    if to_inf:
        return _inf(sign)
    return _mk(sign, _pow10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)


def _fit(sign, coef, exp, ctx, conds, rounding=None):
    """Round a finite result to the context and apply its exponent limits."""
    prec = ctx._prec
    emin = ctx._Emin
    emax = ctx._Emax
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        ceiling = etop if ctx._clamp else emax
        if exp < etiny:
            exp = etiny
            conds.append(Clamped)
        elif exp > ceiling:
            exp = ceiling
            conds.append(Clamped)
        return _mk(sign, 0, exp)
    nd = _ndigits(coef)
    adj = exp + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, conds, rounding)
    tiny = adj < emin
    wanted = max(exp + nd - prec, etiny)
    inexact = False
    if wanted > exp:
        coef, inexact = _drop_digits(coef, wanted - exp, sign,
                                     rounding or ctx._rounding)
        exp = wanted
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if coef and exp + _ndigits(coef) - 1 > emax:
            return _overflow(sign, ctx, conds, rounding)
    if tiny:
        conds.append(Subnormal)
        if inexact:
            conds.append(Underflow)
            if coef == 0:
                conds.append(Clamped)
    if ctx._clamp and exp > etop and coef:
        coef *= _pow10(exp - etop)
        exp = etop
        conds.append(Clamped)
    return _mk(sign, coef, exp)


def _adjusted(d):
    return d._exp + _ndigits(d._coef) - 1


# ---------------------------------------------------------------------------------------
# Arithmetic on finite and special values (each returns a Decimal, recording conditions)

def _add(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == 'F' or b._kind == 'F':
        if a._kind == 'F' and b._kind == 'F' and a._sign != b._sign:
            return _invalid(conds)
        return _inf(a._sign if a._kind == 'F' else b._sign)
    low = min(a._exp, b._exp)
    if a._coef == 0 and b._coef == 0:
        if a._sign == b._sign:
            sign = a._sign
        else:
            sign = 1 if ctx._rounding == ROUND_FLOOR else 0
        return _fit(sign, 0, low, ctx, conds)
    if a._coef == 0 or b._coef == 0:
        keep = b if a._coef == 0 else a
        shift = keep._exp - low
        if shift > 0:
            room = max(0, ctx._prec - _ndigits(keep._coef))
            if shift > room:
                shift = room
                conds.append(Rounded)
        return _fit(keep._sign, keep._coef * _pow10(shift), keep._exp - shift, ctx, conds)
    # An operand far below the other's last significant position only matters as a
    # "sticky" nonzero amount: shrink it to one unit there so alignment stays small.
    big, small = (a, b) if _adjusted(a) >= _adjusted(b) else (b, a)
    cut = min(big._exp, _adjusted(big) - ctx._prec) - 1
    if _adjusted(small) < cut:
        small = _mk(small._sign, 1, cut - 1)
        a, b = big, small
        low = min(a._exp, b._exp)
    va = a._coef * _pow10(a._exp - low)
    vb = b._coef * _pow10(b._exp - low)
    if a._sign:
        va = -va
    if b._sign:
        vb = -vb
    total = va + vb
    if total == 0:
        return _fit(1 if ctx._rounding == ROUND_FLOOR else 0, 0, low, ctx, conds)
    if total < 0:
        return _fit(1, -total, low, ctx, conds)
    return _fit(0, total, low, ctx, conds)


def _negated(d):
    return _mk(d._sign ^ 1, d._coef, d._exp, d._kind)


def _mul(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == 'F' or b._kind == 'F':
        other = b if a._kind == 'F' else a
        if other._kind is None and other._coef == 0:
            return _invalid(conds)
        return _inf(sign)
    return _fit(sign, a._coef * b._coef, a._exp + b._exp, ctx, conds)


def _quotient(sign, ca, ea, cb, eb, ctx, conds, tidy=True):
    """Correctly rounded ca*10**ea / (cb*10**eb) for nonzero cb, with the ideal exponent
    (tidy=False keeps an exact quotient at full precision instead)."""
    ideal = ea - eb
    if ca == 0:
        return _fit(sign, 0, ideal, ctx, conds)
    shift = _ndigits(cb) - _ndigits(ca) + ctx._prec + 1
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    exp = ideal - shift
    if r:
        q = q * 10 + 1
        exp -= 1
    elif tidy:
        q, exp = _strip_zeros(q, exp, ideal)
    return _fit(sign, q, exp, ctx, conds)


def _div(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._kind == 'F':
        if b._kind == 'F':
            return _invalid(conds)
        return _inf(sign)
    if b._kind == 'F':
        conds.append(Clamped)
        return _mk(sign, 0, ctx.Etiny())
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(conds, DivisionUndefined)
        conds.append(DivisionByZero)
        return _inf(sign)
    return _quotient(sign, a._coef, a._exp, b._coef, b._exp, ctx, conds)


def _int_division(a, b, ctx, conds):
    """(q, r) of truncating division of finite a by finite nonzero b, or None if the
    integer quotient needs more than prec digits."""
    if a._coef == 0:
        return 0, 0, min(a._exp, b._exp)
    span = _adjusted(a) - _adjusted(b)
    if span > ctx._prec:
        return None
    low = min(a._exp, b._exp)
    if span < 0:
        return 0, a._coef * _pow10(a._exp - low), low
    na = a._coef * _pow10(a._exp - low)
    nb = b._coef * _pow10(b._exp - low)
    q, r = divmod(na, nb)
    if _ndigits(q) > ctx._prec:
        return None
    return q, r, low


def _divmod_parts(a, b, ctx, conds, want):
    """Shared special-value handling for //, % and divmod; want in ('q', 'r', 'qr')."""
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._kind == 'F':
        if b._kind == 'F':
            bad = _invalid(conds)
            return bad, bad
        if want != 'q':
            conds.append(InvalidOperation)
        return _inf(sign), _nan()
    if b._kind == 'F':
        quo = _mk(sign, 0, 0)
        rem = _fit(a._sign, a._coef, a._exp, ctx, conds) if want != 'q' else None
        return quo, rem
    if b._coef == 0:
        if a._coef == 0:
            bad = _invalid(conds, DivisionUndefined)
            return bad, bad
        if want == 'q':
            conds.append(DivisionByZero)
            return _inf(sign), None
        if want == 'r':
            return None, _invalid(conds)
        conds.append(InvalidOperation)
        conds.append(DivisionByZero)
        return _inf(sign), _nan()
    parts = _int_division(a, b, ctx, conds)
    if parts is None:
        bad = _invalid(conds, DivisionImpossible)
        return bad, bad
    q, r, low = parts
    quo = _fit(sign, q, 0, ctx, conds) if want != 'r' else None
    rem = _fit(a._sign, r, low, ctx, conds) if want != 'q' else None
    return quo, rem


def _remainder_near(a, b, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == 'F':
        return _invalid(conds)
    if b._kind == 'F':
        return _fit(a._sign, a._coef, a._exp, ctx, conds)
    if b._coef == 0:
        if a._coef == 0:
            return _invalid(conds, DivisionUndefined)
        return _invalid(conds)
    if a._coef == 0:
        return _fit(a._sign, 0, min(a._exp, b._exp), ctx, conds)
    span = _adjusted(a) - _adjusted(b)
    if span > ctx._prec:
        return _invalid(conds, DivisionImpossible)
    low = min(a._exp, b._exp)
    if span < -1:
        return _fit(a._sign, a._coef * _pow10(a._exp - low), low, ctx, conds)
    na = a._coef * _pow10(a._exp - low)
    nb = b._coef * _pow10(b._exp - low)
    q, r = divmod(na, nb)
    twice = 2 * r
    if twice > nb or (twice == nb and q & 1):
        q += 1
        r = nb - r
        sign = a._sign ^ 1
    else:
        sign = a._sign
    if _ndigits(q) > ctx._prec:
        return _invalid(conds, DivisionImpossible)
    return _fit(sign, r, low, ctx, conds)


def _is_integral(d):
    if d._kind is not None:
        return False
    if d._exp >= 0 or d._coef == 0:
        return True
    return d._coef % _pow10(-d._exp) == 0


def _as_int_value(d):
    if d._exp >= 0:
        v = d._coef * _pow10(d._exp)
    else:
        v = d._coef // _pow10(-d._exp)
    return -v if d._sign else v


def _int_power(x, n, ctx, conds):
    """x ** n for finite nonzero x and an int n != 0."""
    sign = x._sign if n & 1 else 0
    size = abs(n)
    # Square-and-multiply from the top bit down, each product rounded (half-even) to
    # prec + len(str(|n|)) + 2 digits: results agree with CPython's, which are not always
    # correctly rounded.
    work = ctx._prec + len(str(size)) + 2
    c, e = x._coef, x._exp
    lossy = False

    # below this exponent the steps themselves round to zero
    floor = ctx._Emin - work + 1 if n > 0 else None

    def trimmed(c, e):
        extra = _ndigits(c) - work
        if floor is not None:
            extra = max(extra, floor - e)
        if extra <= 0:
            return c, e, False
        c, cut = _drop_digits(c, extra, 0, ROUND_HALF_EVEN)
        e += extra
        if _ndigits(c) > work:
            c //= 10
            e += 1
        return c, e, cut

    for bit in bin(size)[3:]:
        if c == 0:
            break
        c, e, cut = trimmed(c * c, e * 2)
        lossy = lossy or cut
        if bit == '1':
            c, e, cut = trimmed(c * x._coef, e + x._exp)
            lossy = lossy or cut
    if c == 0 or n < 0 and -(e + _ndigits(c)) < ctx._Emin - work + 1:
        conds.extend((Underflow, Subnormal, Inexact, Rounded, Clamped))
        return _mk(sign, 0, ctx.Etiny())
    if n > 0:
        out = _fit(sign, c, e, ctx, conds)
    else:
        out = _quotient(sign, 1, 0, c, e, ctx, conds, not lossy)
    if lossy and Inexact not in conds:
        conds.extend((Inexact, Rounded))
        if Subnormal in conds:
            conds.append(Underflow)
    return out


def _power(x, y, ctx, conds):
    nan = _nan_result(x, y, ctx, conds)
    if nan is not None:
        return nan
    if y._kind is None and y._coef == 0:
        if x._kind is None and x._coef == 0:
            return _invalid(conds)
        return _mk(0, 1, 0)
    integral = _is_integral(y)
    odd = integral and _as_int_value(y) & 1 if y._kind is None else False
    y_neg = y._sign == 1
    if x._sign and x._kind is None and x._coef == 0 or x._sign and x._kind == 'F':
        sign = 1 if odd else 0
    else:
        sign = 0
    if x._sign and not integral and not (x._kind is None and x._coef == 0):
        return _invalid(conds)
    if x._kind == 'F':
        if y_neg:
            return _mk(sign, 0, 0)
        return _inf(sign)
    if x._coef == 0:
        if y_neg:
            return _inf(sign)
        return _mk(sign, 0, 0)
    if y._kind == 'F':
        # |x| against 1 decides between 0, 1 and infinity.
        one = _cmp_abs_one(x)
        if one == 0:
            conds.extend((Inexact, Rounded))
            return _mk(0, _pow10(ctx._prec - 1), 1 - ctx._prec)
        if (one > 0) != y_neg:
            return _inf(0)
        return _mk(0, 0, 0)
    if integral and _adjusted(y) < 19 and abs(_as_int_value(y)) < 2 ** 63:
        return _int_power(x, _as_int_value(y), ctx, conds)
    # (an integral y this large takes this path too; its parity still decides the sign)
    sign = x._sign if integral and _as_int_value(y) & 1 else 0
    est = float(y) * _float_log10(x)
    if est > ctx._Emax + 2:
        return _overflow(sign, ctx, conds)
    if est < ctx.Etiny() - 2:
        return _fit(sign, 1, ctx.Etiny() - 3, ctx, conds)
    # Non-integral exponent: exp(y * ln(x)), correctly rounded.
    return _transcendental(lambda wp: _pow_fixed(x, y, wp), ctx, conds, ctx._rounding)


def _cmp_abs_one(x):
    v = _adjusted(x)
    if v != 0:
        return 1 if v > 0 else -1
    scale = _pow10(_ndigits(x._coef) - 1)
    if x._coef == scale:
        return 0
    return 1 if x._coef > scale else -1


def _sqrt(a, ctx, conds):
    nan = _nan_result(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._coef == 0 and a._kind is None:
        return _fit(a._sign, 0, a._exp // 2 if a._exp >= 0 else -((-a._exp + 1) // 2),
                    ctx, conds)
    if a._sign:
        return _invalid(conds)
    if a._kind == 'F':
        return _inf(0)
    ideal = a._exp // 2
    prec = ctx._prec
    c, e = a._coef, a._exp
    # Scale so the root has at least prec+1 digits and the exponent is even.
    need = 2 * (prec + 1) - _ndigits(c)
    shift = max(need, 0)
    if (e - shift) % 2:
        shift += 1
    c *= _pow10(shift)
    e -= shift
    root = math.isqrt(c)
    re = e // 2
    if root * root != c:
        root = root * 10 + 1
        re -= 1
    else:
        root, re = _strip_zeros(root, re, ideal)
    return _fit(0, root, re, ctx, conds, ROUND_HALF_EVEN)


def _rescale(a, exp, rounding, conds):
    """a (finite) re-expressed with exponent exp, rounding dropped digits."""
    if exp <= a._exp:
        return _mk(a._sign, a._coef * _pow10(a._exp - exp), exp)
    coef, inexact = _drop_digits(a._coef, exp - a._exp, a._sign, rounding)
    if conds is not None and a._coef:
        conds.append(Rounded)
        if inexact:
            conds.append(Inexact)
    return _mk(a._sign, coef, exp)


def _quantize(a, b, rounding, ctx, conds):
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == 'F' or b._kind == 'F':
        if a._kind == 'F' and b._kind == 'F':
            return _inf(a._sign)
        return _invalid(conds)
    target = b._exp
    if target > ctx._Emax or target < ctx.Etiny():
        return _invalid(conds)
    if a._coef == 0:
        return _folded(_mk(a._sign, 0, target), ctx, conds)
    if _adjusted(a) > ctx._Emax:
        return _invalid(conds)
    if _adjusted(a) - target + 1 > ctx._prec:
        return _invalid(conds)
    local = []
    out = _rescale(a, target, rounding or ctx._rounding, local)
    if _ndigits(out._coef) > ctx._prec:
        return _invalid(conds)
    if out._coef and _adjusted(out) > ctx._Emax:
        return _invalid(conds)
    if out._coef and _adjusted(out) < ctx._Emin:
        local.append(Subnormal)
    conds.extend(local)
    return _folded(out, ctx, conds)


def _folded(d, ctx, conds):
    """With clamp=1, bring an exponent above Etop down to it (padding with zeros)."""
    etop = ctx.Etop()
    if ctx._clamp and d._exp > etop:
        conds.append(Clamped)
        return _mk(d._sign, d._coef * _pow10(d._exp - etop), etop)
    return d


def _to_integral(a, rounding, ctx, conds, exact):
    nan = _nan_result(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == 'F' or a._exp >= 0:
        return a
    return _rescale(a, 0, rounding or ctx._rounding, conds if exact else None)


def _compare_values(a, b):
    """-1, 0 or 1 for finite-or-infinite a and b (no NaNs)."""
    if a._kind == 'F' or b._kind == 'F':
        va = 0 if a._kind != 'F' else (-1 if a._sign else 1)
        vb = 0 if b._kind != 'F' else (-1 if b._sign else 1)
        if a._kind != 'F':
            return -vb
        if b._kind != 'F':
            return va
        return (va > vb) - (va < vb)
    if a._coef == 0:
        if b._coef == 0:
            return 0
        return 1 if b._sign else -1
    if b._coef == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ja, jb = _adjusted(a), _adjusted(b)
    if ja != jb:
        return flip if ja > jb else -flip
    low = min(a._exp, b._exp)
    va = a._coef * _pow10(a._exp - low)
    vb = b._coef * _pow10(b._exp - low)
    return flip * ((va > vb) - (va < vb))


# ---------------------------------------------------------------------------------------
# Text output

def _render(d, eng, capitals):
    """to_sci_string / to_eng_string."""
    sign = '-' if d._sign else ''
    if d._kind == 'F':
        return sign + 'Infinity'
    if d._kind is not None:
        word = 'NaN' if d._kind == 'n' else 'sNaN'
        return sign + word + (str(d._coef) if d._coef else '')
    digits = str(d._coef)
    exp = d._exp
    adj = exp + len(digits) - 1
    if exp <= 0 and adj >= -6:
        point = len(digits) + exp
        if exp == 0:
            body = digits
        elif point > 0:
            body = digits[:point] + '.' + digits[point:]
        else:
            body = '0.' + '0' * (-point) + digits
        return sign + body
    if not eng:
        lead = 1
        shown = adj
    elif d._coef:
        shown = adj - adj % 3
        lead = adj - shown + 1
    else:
        shown = adj + (-adj) % 3
        lead = adj - shown + 1     # 1, 0 or -1: zero digits before the point
    if d._coef == 0 and eng:
        body = '0' if lead == 1 else '0.' + '0' * (1 - lead)
    elif lead >= len(digits):
        body = digits + '0' * (lead - len(digits))
    else:
        body = digits[:lead] + '.' + digits[lead:]
    if shown == 0 and eng:
        return sign + body
    mark = 'E' if capitals else 'e'
    return '%s%s%s%s%d' % (sign, body, mark, '+' if shown >= 0 else '-', abs(shown))


class _Spec:
    __slots__ = ('fill', 'align', 'sign', 'nozero', 'zeropad', 'width', 'group', 'prec',
                 'kind')


def _parse_spec(spec):
    out = _Spec()
    out.fill, out.align, out.sign, out.nozero, out.zeropad = ' ', None, '-', False, False
    out.width, out.group, out.prec, out.kind = 0, '', None, None
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out.fill, out.align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out.align = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out.sign = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        out.nozero = True
        i += 1
    if i < n and spec[i] == '0':
        # zero padding is its own alignment, and its width may not start with another 0
        if out.align is not None or spec[i + 1:i + 2] == '0':
            raise ValueError('invalid format string')
        out.zeropad = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        out.width = int(spec[i:j])
    i = j
    if i < n and spec[i] in ',_':
        out.group = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError('invalid format string')
        out.prec = int(spec[i + 1:j])
        i = j
    if i < n and spec[i] in 'eEfFgGn%':
        out.kind = spec[i]
        i += 1
    if i != n:
        raise ValueError('invalid format string')
    if out.group and out.kind == 'n':
        raise ValueError('invalid format string')
    if out.group == '_':
        raise ValueError('invalid format string')
    return out


def _group_digits(intpart, sep, minwidth):
    """Insert sep every three digits from the right, zero-padding up to minwidth."""
    digits = intpart
    while True:
        chunks = []
        k = len(digits)
        while k > 3:
            chunks.append(digits[k - 3:k])
            k -= 3
        chunks.append(digits[:k])
        text = sep.join(reversed(chunks))
        if len(text) >= minwidth:
            return text
        digits = '0' + digits


def _format_decimal(d, spec, ctx):
    sp = _parse_spec(spec)
    kind = sp.kind
    if kind is None:
        kind = 'G' if ctx._capitals else 'g'
    upper = kind in 'EFG'
    k = kind.lower()
    neg = d._sign == 1
    if d._kind is not None:
        body = _render(_mk(0, d._coef, 0, d._kind), False, 1)
        if k == '%':
            body += '%'
        numeric = False
    else:
        numeric = True
        coef, exp = d._coef, d._exp
        rounding = ctx._rounding
        if k == '%':
            exp += 2
        if k in 'f%':
            if sp.prec is not None and exp != -sp.prec:
                x = _rescale(_mk(d._sign, coef, exp), -sp.prec, rounding, None)
                coef, exp = x._coef, x._exp
            elif sp.prec is None and exp > 0:
                coef, exp = coef * _pow10(exp), 0
            if coef == 0 and exp > 0:
                exp = 0
            digits = str(coef)
            if exp < 0:
                digits = digits.rjust(-exp + 1, '0')
                intpart, frac = digits[:exp], digits[exp:]
            else:
                intpart, frac = digits, ''
            body_tail = ('.' + frac) if frac else ''
            suffix = '%' if k == '%' else ''
        elif k == 'e':
            if sp.prec is not None:
                want = sp.prec + 1
                if coef == 0:
                    lead_exp = exp + sp.prec
                    digits = '0' * want
                else:
                    nd = _ndigits(coef)
                    if nd > want:
                        x = _rescale(_mk(d._sign, coef, exp), exp + nd - want, rounding, None)
                        coef, exp = x._coef, x._exp
                        if _ndigits(coef) > want:
                            coef //= 10
                            exp += 1
                    elif nd < want:
                        coef *= _pow10(want - nd)
                        exp -= want - nd
                    digits = str(coef)
                    lead_exp = exp + len(digits) - 1
            else:
                digits = str(coef)
                lead_exp = exp + len(digits) - 1
            intpart, frac = digits[0], digits[1:]
            body_tail = ('.' + frac if frac else '') + ('E' if upper else 'e') + \
                ('+' if lead_exp >= 0 else '-') + str(abs(lead_exp))
            suffix = ''
        else:  # g, G, n and no type
            if sp.prec is not None and coef:
                want = max(sp.prec, 1)
                nd = _ndigits(coef)
                if nd > want:
                    x = _rescale(_mk(d._sign, coef, exp), exp + nd - want, rounding, None)
                    coef, exp = x._coef, x._exp
                    if _ndigits(coef) > want:
                        coef //= 10
                        exp += 1
            text = _render(_mk(0, coef, exp), False, 1 if upper else 0)
            mark = 'E' if upper else 'e'
            if mark in text:
                mant, _, tail = text.partition(mark)
                tail = mark + tail
            else:
                mant, tail = text, ''
            intpart, _, frac = mant.partition('.')
            body_tail = ('.' + frac if frac else '') + tail
            suffix = ''
        # 'z' (as CPython 3.11 has it): a negative zero, or a value that rounded to zero
        # under 'f' or '%' (but not 'F'), loses its sign
        if sp.nozero and neg and coef == 0 and (d._coef == 0 or kind in 'f%'):
            neg = False
    if neg:
        signch = '-'
    elif sp.sign == '+':
        signch = '+'
    elif sp.sign == ' ':
        signch = ' '
    else:
        signch = ''
    if not numeric:
        return _pad(signch, body, sp, False)
    tail = body_tail + suffix
    if sp.zeropad and sp.align is None:
        room = sp.width - len(signch) - len(tail)
        if sp.group:
            intpart = _group_digits(intpart, ',', room)
        else:
            intpart = intpart.rjust(room, '0')
        return signch + intpart + tail
    if sp.group:
        intpart = _group_digits(intpart, ',', 0)
    return _pad(signch, intpart + tail, sp, True)


def _pad(signch, body, sp, numeric):
    total = len(signch) + len(body)
    if total >= sp.width:
        return signch + body
    gap = sp.width - total
    fill = sp.fill
    align = sp.align or '>'
    if align == '<':
        return signch + body + fill * gap
    if align == '^':
        half = gap // 2
        return fill * half + signch + body + fill * (gap - half)
    if align == '=':
        return signch + fill * gap + body
    return fill * gap + signch + body


# ---------------------------------------------------------------------------------------
# Decimal

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent')

# Operands no __rop__ of theirs will accept: refused here with CPython's message (naming
# the type 'decimal.Decimal').  Sequences are left to their own concatenation and
# repetition errors.
_STRICT_NOT_NUMBERS = (float, dict, set, frozenset, type(None), complex)
_NOT_NUMBERS_FORWARD = _STRICT_NOT_NUMBERS + (str, bytes, bytearray)
_OP_SYMBOLS = {'add': '+', 'sub': '-', 'mul': '*', 'truediv': '/', 'floordiv': '//',
               'mod': '%', 'divmod': 'divmod()', 'pow': '** or pow()'}


def _coerce(other):
    """other as a Decimal for arithmetic (ints only), or None."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return None


def _no_operands(op, left, right):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (_OP_SYMBOLS[op], _tname(left), _tname(right)))


def _binary(op, impl):
    """The forward and reflected special methods of a binary operator."""
    def forward(self, other, context=None):
        b = _coerce(other)
        if b is None:
            if isinstance(other, _NOT_NUMBERS_FORWARD):
                raise _no_operands(op, self, other)
            return NotImplemented
        ctx = _as_context(context)
        conds = []
        out = impl(self, b, ctx, conds)
        ctx._settle(conds)
        return out

    def reflected(self, other, context=None):
        a = _coerce(other)
        if a is None:
            if isinstance(other, _STRICT_NOT_NUMBERS):
                raise _no_operands(op, other, self)
            return NotImplemented
        ctx = _as_context(context)
        conds = []
        out = impl(a, self, ctx, conds)
        ctx._settle(conds)
        return out
    forward.__name__ = '__%s__' % op
    reflected.__name__ = '__r%s__' % op
    return forward, reflected


def _sub(a, b, ctx, conds):
    if b._kind in ('n', 'N'):
        return _add(a, b, ctx, conds)
    return _add(a, _negated(b), ctx, conds)


def _floordiv(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'q')[0]


def _mod(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'r')[1]


def _divmod_pair(a, b, ctx, conds):
    return _divmod_parts(a, b, ctx, conds, 'qr')


def _comparable(other, equality):
    """other as a Decimal for a comparison (or a pair for rationals), flagging floats."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if isinstance(other, float):
        ctx = getcontext()
        if equality:
            ctx._flags._on.add(FloatOperation)
        else:
            ctx._settle([FloatOperation])
        return _from_float(other)
    if isinstance(other, complex) and equality:
        if other.imag == 0:
            return _comparable(other.real, True)
        return None
    if isinstance(other, numbers.Rational):
        return (other.numerator, other.denominator)
    return None


def _order(a, other, op, equality=False):
    """Compare a with other: -1, 0, 1; None for unordered (NaN); NotImplemented."""
    b = _comparable(other, equality)
    if b is None:
        return NotImplemented
    if isinstance(b, tuple):
        if a._kind in ('n', 'N'):
            b = _from_int(0)
        elif a._kind == 'F':
            return -1 if a._sign else 1
        else:
            num, den = b
            if a._exp >= 0:
                left = _as_int_value(a) * den
                right = num
            else:
                left = (-a._coef if a._sign else a._coef) * den
                right = num * _pow10(-a._exp)
            return (left > right) - (left < right)
    if a._kind in ('n', 'N') or b._kind in ('n', 'N'):
        if equality:
            if a._kind == 'N' or b._kind == 'N':
                getcontext()._settle([InvalidOperation])
            return None
        getcontext()._settle([InvalidOperation])
        return None
    return _compare_values(a, b)


class Decimal(object):
    """Floating point decimal number, exactly represented."""

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, Decimal):
            src = value
        elif isinstance(value, int):
            src = _from_int(value)
        elif isinstance(value, str):
            ctx = _as_context(context)
            conds = []
            src = _from_string(value, ctx, conds)
            ctx._settle(conds)
        elif isinstance(value, float):
            ctx = _as_context(context)
            ctx._settle([FloatOperation])
            src = _from_float(value)
        elif isinstance(value, (tuple, list)):
            src = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % _tname(value))
        if cls is Decimal and type(src) is Decimal:
            return src
        self = object.__new__(cls)
        self._sign = src._sign
        self._coef = src._coef
        self._exp = src._exp
        self._kind = src._kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # -- inspection

    def as_tuple(self):
        if self._kind == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind is not None:
            digits = tuple(int(c) for c in str(self._coef)) if self._coef else ()
            return DecimalTuple(self._sign, digits, self._kind)
        return DecimalTuple(self._sign, tuple(int(c) for c in str(self._coef)), self._exp)

    def as_integer_ratio(self):
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind is not None:
            raise ValueError('cannot convert NaN to integer ratio')
        if self._coef == 0:
            return 0, 1
        if self._exp >= 0:
            num, den = self._coef * _pow10(self._exp), 1
        else:
            num, den = self._coef, _pow10(-self._exp)
            g = math.gcd(num, den)
            num, den = num // g, den // g
        return (-num if self._sign else num), den

    def adjusted(self):
        if self._kind is not None:
            return 0
        return _adjusted(self)

    def is_finite(self):
        return self._kind is None

    def is_infinite(self):
        return self._kind == 'F'

    def is_nan(self):
        return self._kind in ('n', 'N')

    def is_qnan(self):
        return self._kind == 'n'

    def is_snan(self):
        return self._kind == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind is None and self._coef == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        ctx = _as_context(context)
        return self._kind is None and self._coef != 0 and _adjusted(self) >= ctx._Emin

    def is_subnormal(self, context=None):
        ctx = _as_context(context)
        return self._kind is None and self._coef != 0 and _adjusted(self) < ctx._Emin

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        ctx = _as_context(context)
        if self._kind == 'N':
            return 'sNaN'
        if self._kind == 'n':
            return 'NaN'
        side = '-' if self._sign else '+'
        if self._kind == 'F':
            return side + 'Infinity'
        if self._coef == 0:
            return side + 'Zero'
        if _adjusted(self) < ctx._Emin:
            return side + 'Subnormal'
        return side + 'Normal'

    def same_quantum(self, other, context=None):
        b = _operand(other)
        if self._kind is not None or b._kind is not None:
            both_nan = self._kind in ('n', 'N') and b._kind in ('n', 'N')
            return both_nan or (self._kind == 'F' and b._kind == 'F')
        return self._exp == b._exp

    # -- text

    def __str__(self):
        return _render(self, False, getcontext()._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _render(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        ctx = _as_context(context)
        return _render(self, True, ctx._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format_decimal(self, spec, getcontext())

    # -- copying and signs

    def _copy_plain(self):
        return self

    def copy_abs(self):
        return _mk(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        return _negated(self)

    def copy_sign(self, other, context=None):
        b = _operand(other)
        return _mk(b._sign, self._coef, self._exp, self._kind)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    # -- unary arithmetic

    def _unary(self, context, negate, absolute=False):
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            out = nan
        else:
            if absolute:
                sign = 0
            elif negate:
                sign = self._sign ^ 1
            else:
                sign = self._sign
            if self._kind is None and self._coef == 0 and not absolute:
                sign = 1 if ctx._rounding == ROUND_FLOOR and (self._sign ^ negate) else 0
            if self._kind == 'F':
                out = _inf(sign)
            else:
                out = _fit(sign, self._coef, self._exp, ctx, conds)
        ctx._settle(conds)
        return out

    def __neg__(self, context=None):
        return self._unary(context, 1)

    def __pos__(self, context=None):
        return self._unary(context, 0)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(context, 0, True)

    def plus(self, context=None):
        return self._unary(context, 0)

    def minus(self, context=None):
        return self._unary(context, 1)

    # -- binary arithmetic

    __add__, __radd__ = _binary('add', _add)
    __sub__, __rsub__ = _binary('sub', _sub)
    __mul__, __rmul__ = _binary('mul', _mul)
    __truediv__, __rtruediv__ = _binary('truediv', _div)
    __floordiv__, __rfloordiv__ = _binary('floordiv', _floordiv)
    __mod__, __rmod__ = _binary('mod', _mod)
    __divmod__, __rdivmod__ = _binary('divmod', _divmod_pair)

    def __pow__(self, other, modulo=None, context=None):
        b = _coerce(other)
        if b is None:
            if isinstance(other, _NOT_NUMBERS_FORWARD):
                raise _no_operands('pow', self, other)
            return NotImplemented
        ctx = _as_context(context)
        conds = []
        if modulo is not None:
            m = _coerce(modulo)
            if m is None:
                return NotImplemented
            out = _modular_power(self, b, m, ctx, conds)
        else:
            out = _power(self, b, ctx, conds)
        ctx._settle(conds)
        return out

    def __rpow__(self, other, modulo=None, context=None):
        a = _coerce(other)
        if a is None:
            if isinstance(other, _STRICT_NOT_NUMBERS):
                raise _no_operands('pow', other, self)
            return NotImplemented
        return a.__pow__(self, modulo, context)

    def _ctx_op(self, impl, other, context):
        b = _operand(other)
        ctx = _as_context(context)
        conds = []
        out = impl(self, b, ctx, conds)
        ctx._settle(conds)
        return out

    def remainder_near(self, other, context=None):
        return self._ctx_op(_remainder_near, other, context)

    def fma(self, other, third, context=None):
        b = _operand(other)
        c = _operand(third)
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, b, ctx, conds)
        if nan is None and c._kind == 'N':
            nan = _nan_result(c, None, ctx, conds)
        if nan is not None:
            out = nan
        else:
            # the product is exact; only the sum is rounded
            prod = _mul(self, b, _UNBOUNDED, conds)
            out = prod if prod._kind == 'n' else _add(prod, c, ctx, conds)
        ctx._settle(conds)
        return out

    def sqrt(self, context=None):
        ctx = _as_context(context)
        conds = []
        out = _sqrt(self, ctx, conds)
        ctx._settle(conds)
        return out

    def exp(self, context=None):
        ctx = _as_context(context)
        conds = []
        out = _exp(self, ctx, conds)
        ctx._settle(conds)
        return out

    def ln(self, context=None):
        ctx = _as_context(context)
        conds = []
        out = _ln(self, ctx, conds, False)
        ctx._settle(conds)
        return out

    def log10(self, context=None):
        ctx = _as_context(context)
        conds = []
        out = _ln(self, ctx, conds, True)
        ctx._settle(conds)
        return out

    def normalize(self, context=None):
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            out = nan
        elif self._kind == 'F':
            out = self
        else:
            out = _fit(self._sign, self._coef, self._exp, ctx, conds)
            if out._kind is None:
                if out._coef == 0:
                    out = _mk(out._sign, 0, 0)
                else:
                    coef, exp = out._coef, out._exp
                    while coef % 10 == 0 and exp < ctx._Emax and \
                            (not ctx._clamp or exp < ctx.Etop()):
                        coef //= 10
                        exp += 1
                    out = _mk(out._sign, coef, exp)
        ctx._settle(conds)
        return out

    def quantize(self, exp, rounding=None, context=None):
        b = _operand(exp)
        if rounding is not None and rounding not in _ALL_ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        ctx = _as_context(context)
        conds = []
        out = _quantize(self, b, rounding, ctx, conds)
        ctx._settle(conds)
        return out

    def to_integral_value(self, rounding=None, context=None):
        ctx = _as_context(context)
        conds = []
        out = _to_integral(self, rounding, ctx, conds, False)
        ctx._settle(conds)
        return out

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _as_context(context)
        conds = []
        out = _to_integral(self, rounding, ctx, conds, True)
        ctx._settle(conds)
        return out

    def scaleb(self, other, context=None):
        b = _operand(other)
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, b, ctx, conds)
        if nan is not None:
            out = nan
        elif b._kind == 'F' or b._exp != 0:
            out = _invalid(conds)
        else:
            n = _as_int_value(b)
            limit = 2 * (ctx._Emax + ctx._prec)
            if abs(n) > limit:
                out = _invalid(conds)
            elif self._kind == 'F':
                out = self
            else:
                out = _fit(self._sign, self._coef, self._exp + n, ctx, conds)
        ctx._settle(conds)
        return out

    def logb(self, context=None):
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, None, ctx, conds)
        if nan is not None:
            out = nan
        elif self._kind == 'F':
            out = _inf(0)
        elif self._coef == 0:
            conds.append(DivisionByZero)
            out = _inf(1)
        else:
            out = _fit(0, 0, 0, ctx, conds)
            out = _fit(*_split_int(_adjusted(self)), ctx, conds)
        ctx._settle(conds)
        return out

    # -- comparisons

    def compare(self, other, context=None):
        b = _operand(other)
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, b, ctx, conds)
        if nan is not None:
            out = nan
        else:
            out = _from_int(_compare_values(self, b))
        ctx._settle(conds)
        return out

    def compare_signal(self, other, context=None):
        b = _operand(other)
        ctx = _as_context(context)
        conds = []
        if self._kind in ('n', 'N') or b._kind in ('n', 'N'):
            out = _nan_result(self, b, ctx, conds)
            if InvalidOperation not in conds:
                conds.append(InvalidOperation)
        else:
            out = _from_int(_compare_values(self, b))
        ctx._settle(conds)
        return out

    def compare_total(self, other, context=None):
        b = _operand(other)
        return _from_int(_total_order(self, b))

    def compare_total_mag(self, other, context=None):
        b = _operand(other)
        return _from_int(_total_order(self.copy_abs(), b.copy_abs()))

    def _pick(self, other, context, want_max, by_mag):
        b = _operand(other)
        ctx = _as_context(context)
        conds = []
        a = self
        a_nan = a._kind in ('n', 'N')
        b_nan = b._kind in ('n', 'N')
        if a._kind == 'N' or b._kind == 'N' or (a_nan and b_nan):
            out = _nan_result(a, b, ctx, conds)
        elif a_nan or b_nan:
            keep = b if a_nan else a
            out = _fit(keep._sign, keep._coef, keep._exp, ctx, conds) \
                if keep._kind is None else keep
        else:
            if by_mag:
                c = _compare_values(a.copy_abs(), b.copy_abs())
                if c == 0:
                    c = _total_order(a, b)
            else:
                c = _compare_values(a, b)
                if c == 0:
                    c = _total_order(a, b)
            keep = a if (c >= 0) == want_max else b
            if c == 0:
                keep = a
            out = _fit(keep._sign, keep._coef, keep._exp, ctx, conds) \
                if keep._kind is None else keep
        ctx._settle(conds)
        return out

    def max(self, other, context=None):
        return self._pick(other, context, True, False)

    def min(self, other, context=None):
        return self._pick(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._pick(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._pick(other, context, False, True)

    def __eq__(self, other):
        c = _order(self, other, '==', True)
        if c is NotImplemented:
            return c
        return c == 0

    def __ne__(self, other):
        c = _order(self, other, '!=', True)
        if c is NotImplemented:
            return c
        return c != 0

    def __lt__(self, other):
        c = _order(self, other, '<')
        if c is NotImplemented or c is None:
            return _refuse(c, '<', self, other)
        return c < 0

    def __le__(self, other):
        c = _order(self, other, '<=')
        if c is NotImplemented or c is None:
            return _refuse(c, '<=', self, other)
        return c <= 0

    def __gt__(self, other):
        c = _order(self, other, '>')
        if c is NotImplemented or c is None:
            return _refuse(c, '>', self, other)
        return c > 0

    def __ge__(self, other):
        c = _order(self, other, '>=')
        if c is NotImplemented or c is None:
            return _refuse(c, '>=', self, other)
        return c >= 0

    def __hash__(self):
        if self._kind == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._kind == 'n':
            return object.__hash__(self)
        if self._kind == 'F':
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._coef % _HASH_P * pow(10, self._exp, _HASH_P) % _HASH_P
        else:
            h = self._coef % _HASH_P * pow(_HASH_INV10, -self._exp, _HASH_P) % _HASH_P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # -- conversions

    def __bool__(self):
        return self._kind is not None or self._coef != 0

    def __int__(self):
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind is not None:
            raise ValueError('cannot convert NaN to integer')
        return _as_int_value(self)

    __trunc__ = __int__

    def __float__(self):
        if self._kind == 'n':
            return float('-nan') if self._sign else float('nan')
        if self._kind == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        return float(_render(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        return self._whole(ROUND_FLOOR)

    def __ceil__(self):
        return self._whole(ROUND_CEILING)

    def _whole(self, rounding):
        if self._kind == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        if self._kind is not None:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            return _as_int_value(self)
        return _as_int_value(_rescale(self, 0, rounding, None))

    def __round__(self, n=None):
        if n is None:
            return self._whole(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # -- digit-wise and shifting operations

    def logical_and(self, other, context=None):
        return _logical(self, other, context, lambda x, y: x & y)

    def logical_or(self, other, context=None):
        return _logical(self, other, context, lambda x, y: x | y)

    def logical_xor(self, other, context=None):
        return _logical(self, other, context, lambda x, y: x ^ y)

    def logical_invert(self, context=None):
        ctx = _as_context(context)
        return _logical(self, _mk(0, int('1' * ctx._prec), 0), ctx, lambda x, y: x ^ y)

    def rotate(self, other, context=None):
        return _shift_digits(self, other, context, True)

    def shift(self, other, context=None):
        return _shift_digits(self, other, context, False)

    def next_plus(self, context=None):
        return _next_toward(self, _inf(0), context)

    def next_minus(self, context=None):
        return _next_toward(self, _inf(1), context)

    def next_toward(self, other, context=None):
        b = _operand(other)
        ctx = _as_context(context)
        conds = []
        nan = _nan_result(self, b, ctx, conds)
        if nan is not None:
            ctx._settle(conds)
            return nan
        c = _compare_values(self, b)
        if c == 0:
            return self.copy_sign(b)
        out = _next_toward(self, _inf(1 if c > 0 else 0), ctx)
        if out._kind is None and _adjusted(out) < ctx._Emin:
            extra = [Underflow, Subnormal, Inexact, Rounded]
            if out._coef == 0:
                extra.append(Clamped)
            ctx._settle(extra)
        elif out._kind == 'F':
            ctx._settle([Overflow, Inexact, Rounded])
        return out


def _refuse(c, symbol, a, b):
    if c is None:
        return False
    if isinstance(b, _NOT_NUMBERS_FORWARD) and not isinstance(b, float):
        raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                        % (symbol, _tname(a), _tname(b)))
    return NotImplemented


def _operand(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return _from_int(x)
    raise TypeError('conversion from %s to Decimal is not supported' % _tname(x))


def _split_int(n):
    return (1, -n, 0) if n < 0 else (0, n, 0)


_HASH_P = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_INV10 = pow(10, _HASH_P - 2, _HASH_P)


def _total_order(a, b):
    """compare_total: the IEEE total ordering, with NaNs at the ends."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    rank = {'N': 3, 'n': 4, 'F': 2, None: 1}
    ra, rb = rank[a._kind], rank[b._kind]
    if ra != rb:
        return flip * (1 if ra > rb else -1)
    if a._kind in ('n', 'N'):
        return flip * ((a._coef > b._coef) - (a._coef < b._coef))
    if a._kind == 'F':
        return 0
    c = _compare_values(a.copy_abs(), b.copy_abs())
    if c:
        return flip * c
    return flip * ((a._exp > b._exp) - (a._exp < b._exp))


def _logical(a, other, context, fn):
    ctx = _as_context(context)
    b = _operand(other)
    for x in (a, b):
        if x._kind is not None or x._sign or x._exp != 0 or set(str(x._coef)) - {'0', '1'}:
            ctx._settle([InvalidOperation])
            return _nan()
    da = str(a._coef).rjust(ctx._prec, '0')[-ctx._prec:]
    db = str(b._coef).rjust(ctx._prec, '0')[-ctx._prec:]
    bits = ''.join(str(fn(int(x), int(y))) for x, y in zip(da, db))
    return _mk(0, int(bits), 0)


def _shift_digits(a, other, context, rotate):
    ctx = _as_context(context)
    b = _operand(other)
    conds = []
    nan = _nan_result(a, b, ctx, conds)
    if nan is not None:
        ctx._settle(conds)
        return nan
    prec = ctx._prec
    if b._kind is not None or b._exp != 0 or not -prec <= _as_int_value(b) <= prec:
        ctx._settle([InvalidOperation])
        return _nan()
    if a._kind == 'F':
        return a
    n = _as_int_value(b)
    digits = str(a._coef).rjust(prec, '0')[-prec:]
    if rotate:
        n %= prec
        digits = digits[n:] + digits[:n]
    elif n >= 0:
        digits = (digits + '0' * n)[-prec:]
    else:
        digits = ('0' * -n + digits)[:prec]
    return _mk(a._sign, int(digits), a._exp)


def _next_toward(a, direction, context):
    ctx = context if isinstance(context, Context) else _as_context(context)
    conds = []
    nan = _nan_result(a, None, ctx, conds)
    if nan is not None:
        ctx._settle(conds)
        return nan
    up = direction._sign == 0
    if a._kind == 'F':
        if (a._sign == 0) == up:
            return a
        return _mk(a._sign, _pow10(ctx._prec) - 1, ctx.Etop())
    # Step by a unit far below the number's last digit, rounding toward the direction.
    if a._coef:
        low = min(a._exp, max(ctx.Etiny(), _adjusted(a) - ctx._prec)) - 2
    else:
        low = ctx.Etiny() - 2
    tiny = _mk(0 if up else 1, 1, low)
    work = ctx.copy()
    object.__setattr__(work, '_rounding', ROUND_CEILING if up else ROUND_FLOOR)
    work.clear_flags()
    work.clear_traps()
    out = _add(a, tiny, work, [])
    return out


def _modular_power(a, b, m, ctx, conds):
    for x in (a, b, m):
        if x._kind == 'N':
            return _nan_result(x, None, ctx, conds)
    for x in (a, b, m):
        if x._kind == 'n':
            return _nan_fit(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(conds)
    if b._sign or m._coef == 0:
        return _invalid(conds)
    if _ndigits(m._coef * _pow10(max(m._exp, 0))) > ctx._prec:
        return _invalid(conds)
    if a._coef == 0 and b._coef == 0:
        return _invalid(conds)
    base, e, mod = _as_int_value(a), _as_int_value(b), abs(_as_int_value(m))
    r = pow(abs(base), e, mod)
    sign = 1 if base < 0 and e & 1 else 0
    return _mk(sign, r, 0)


# ---------------------------------------------------------------------------------------
# exp, ln, log10 and non-integral powers, on scaled integers
#
# A "fixed" number is an int F standing for F / 10**scale.  Each helper below is accurate
# to a few units of its last place; _transcendental raises the working precision until
# the value rounds the same way at both ends of that error band.

def _atanh_fixed(p, q, scale):
    """atanh(p/q) * 10**scale for |p/q| < 1, as a sum of the odd power series."""
    if p < 0:
        return -_atanh_fixed(-p, q, scale)
    one = _pow10(scale)
    term = one * p // q
    total = term
    pp, qq = p * p, q * q
    k = 1
    while term:
        term = term * pp // qq
        k += 2
        total += term // k
    return total


def _ln10_fixed(scale):
    # ln 10 = 3 ln 2 + ln(5/4); ln 2 = 2 atanh(1/3), ln(5/4) = 2 atanh(1/9)
    guard = scale + 5
    v = 6 * _atanh_fixed(1, 3, guard) + 2 * _atanh_fixed(1, 9, guard)
    return v // _pow10(5)


def _ln2_fixed(scale):
    guard = scale + 5
    return 2 * _atanh_fixed(1, 3, guard) // _pow10(5)


def _ln_fixed(coef, exp, scale):
    """ln(coef * 10**exp) * 10**scale for coef > 0."""
    nd = _ndigits(coef)
    adj = exp + nd - 1
    guard = scale + len(str(abs(adj))) + 6
    one = _pow10(guard)
    # mantissa m = coef / 10**(nd-1), in [1, 10); bring it near 1 with powers of two
    if nd - 1 <= guard:
        m = coef * _pow10(guard - (nd - 1))
    else:
        m = coef // _pow10(nd - 1 - guard)
    twos = 0
    while m > one + one // 2:
        m = m // 2
        twos += 1
    total = 2 * _atanh_fixed(m - one, m + one, guard)
    if twos:
        total += twos * _ln2_fixed(guard)
    if adj:
        total += adj * _ln10_fixed(guard)
    return total // _pow10(guard - scale)


def _exp_fixed(z, scale, digits):
    """exp(z / 10**scale) as (mantissa, exponent) good to about `digits` digits."""
    guard = digits + 12
    ln10 = _ln10_fixed(guard + 25)
    # bring z to the working scale
    if scale >= guard + 25:
        zz = z // _pow10(scale - guard - 25)
    else:
        zz = z * _pow10(guard + 25 - scale)
    k = zz // ln10
    r = zz - k * ln10                  # 0 <= r < ln 10, scaled by guard+25
    r //= _pow10(25)                   # now scaled by guard (k's share of error absorbed)
    one = _pow10(guard)
    halvings = 0
    while r > one // 1000:
        r //= 2
        halvings += 1
    term = one
    total = one
    n = 1
    while term:
        term = term * r // (one * n)
        total += term
        n += 1
    for _ in range(halvings):
        total = total * total // one
    return total, k - guard


def _transcendental(compute, ctx, conds, rounding=ROUND_HALF_EVEN):
    """Round compute(wp) = (sign, mantissa, exponent, slack) to ctx.

    The true value lies within slack units of the mantissa's last place.  The working
    precision grows until both ends of that band round alike; a result that stays on a
    boundary that long is taken to be exact there."""
    wp = ctx._prec + 8
    quiet = Context(prec=ctx._prec, rounding=rounding, Emin=ctx._Emin,
                    Emax=ctx._Emax, clamp=ctx._clamp)
    while True:
        sign, m, e, slack = compute(wp)
        lo = _fit(sign, m - slack, e, quiet, [], rounding)
        hi = _fit(sign, m + slack, e, quiet, [], rounding)
        if m - slack > 0 and lo._kind == hi._kind and lo._coef == hi._coef and \
                lo._exp == hi._exp:
            return _fit(sign, m * 10 + 1, e - 1, ctx, conds, rounding)
        if wp > 3 * ctx._prec + 60:
            near = _fit(sign, m, e, quiet, [], ROUND_HALF_EVEN)
            out = _fit(near._sign, near._coef, near._exp, ctx, conds)
            conds.extend((Inexact, Rounded))
            return out
        wp += wp // 2 + 10


def _float_log10(d):
    """log10(|d|) as a float, for finite nonzero d (no overflow for huge exponents)."""
    s = str(d._coef)
    head = float(s[:17] if len(s) > 17 else s)
    return math.log10(head) + (len(s) - min(len(s), 17)) + d._exp


def _exp(a, ctx, conds):
    nan = _nan_result(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind == 'F':
        return _mk(0, 0, 0) if a._sign else _inf(0)
    if a._coef == 0:
        return _mk(0, 1, 0)
    mag = _float_log10(a)
    # result's decimal exponent is about x / ln 10
    if mag > 20 or (10 ** mag) / math.log(10) > ctx._Emax + 2:
        if a._sign == 0:
            conds.extend((Overflow, Inexact, Rounded))
            return _inf(0)
    if mag > 20 or (10 ** mag) / math.log(10) > -ctx.Etiny() + 2:
        if a._sign == 1:
            conds.extend((Underflow, Subnormal, Inexact, Rounded, Clamped))
            return _mk(0, 0, ctx.Etiny())

    def compute(wp):
        if mag < -wp - 2:
            # exp(x) = 1 + x + ..., so 1 with a nudge in x's direction settles it
            one = _pow10(wp + 3)
            return 0, one * 10 + (-1 if a._sign else 1), -(wp + 4), 1
        scale = wp + 6 + max(0, int(-mag))
        if a._exp + scale >= 0:
            z = a._coef * _pow10(a._exp + scale)
        else:
            z = a._coef // _pow10(-(a._exp + scale))
        if a._sign:
            z = -z
        m, e = _exp_fixed(z, scale, wp + 4)
        return 0, m, e, 1000
    return _transcendental(compute, ctx, conds)


def _ln(a, ctx, conds, base10):
    nan = _nan_result(a, None, ctx, conds)
    if nan is not None:
        return nan
    if a._kind is None and a._coef == 0:
        return _inf(1)
    if a._sign:
        return _invalid(conds)
    if a._kind == 'F':
        return _inf(0)
    if base10:
        # exact powers of ten give exact integers
        s = str(a._coef)
        if s.strip('0') == '1' or a._coef == 1:
            if s == '1' + '0' * (len(s) - 1):
                return _fit(*_split_int(_adjusted(a)), ctx, conds)
    elif a._coef == _pow10(_ndigits(a._coef) - 1) and _adjusted(a) == 0:
        return _mk(0, 0, 0)
    # distance from 1 decides how small ln is, hence the scale needed
    diff = _add(a, _mk(1, 1, 0), _UNBOUNDED, [])
    tiny = max(0, -int(_float_log10(diff))) if diff._coef else 0
    big = len(str(abs(_adjusted(a)))) if _adjusted(a) else 0

    def compute(wp):
        scale = wp + tiny + 4
        v = _ln_fixed(a._coef, a._exp, scale + 6)
        if base10:
            v = v * _pow10(scale + 6) // _ln10_fixed(scale + 6)
        v //= _pow10(6)
        sign = 1 if v < 0 else 0
        return sign, abs(v), -scale, 3 + big
    return _transcendental(compute, ctx, conds)


def _pow_fixed(x, y, wp):
    """exp(y * ln x) for finite positive x, finite non-integral y."""
    ymag = _float_log10(y) if y._coef else 0
    lead = max(0, int(ymag) + 2)
    scale = wp + 8 + lead
    lnx = _ln_fixed(x._coef, x._exp, scale)
    z = lnx * y._coef
    if y._exp >= 0:
        z *= _pow10(y._exp)
    else:
        z //= _pow10(-y._exp)
    if y._sign:
        z = -z
    m, e = _exp_fixed(z, scale, wp + 4)
    return 0, m, e, 1000


# ---------------------------------------------------------------------------------------
# The template contexts

_DEFAULT_FIELDS = {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999, 'Emax': 999999,
                   'traps': (InvalidOperation, DivisionByZero, Overflow)}

DefaultContext = Context()
# exact intermediate steps (fma's product, ln's distance from 1)
_UNBOUNDED = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, traps=[])

numbers.Number.register(Decimal)
