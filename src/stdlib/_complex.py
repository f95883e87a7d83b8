"""The built-in complex type, written in Python for tessera.

The VM imports this module at start-up and installs `complex` as the builtin of that
name; imaginary literals in source code become instances of it.
"""

import math as _m
from _complex_c import hypot as _hypot

_NUM_FMT_TYPES = "eEfFgGn"


def _float_text(x):
    # A component is shown as repr(float) without a trailing '.0'.
    t = repr(x)
    if t.endswith(".0"):
        t = t[:-2]
    return t


def _strip_point_zero(text):
    return text[:-2] if text.endswith(".0") else text


def _tname(obj):
    return type(obj).__name__


def _parts_of(value):
    """(re, im) for a number that takes part in arithmetic, else None."""
    if isinstance(value, complex):
        return value._re, value._im
    if isinstance(value, (int, float)):
        return float(value), 0.0
    return None


def _to_float_arg(value):
    """float(value) for constructor arguments that are real numbers, else None."""
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    kind = type(value)
    if hasattr(kind, "__float__"):
        return float(value)
    if hasattr(kind, "__index__"):
        return float(value.__index__())
    return None


def _parse_text(text):
    bad = ValueError("complex() arg is a malformed string")
    body = text.strip()
    if body[:1] == "(" and body[-1:] == ")":
        body = body[1:-1].strip()
    if not body:
        raise bad
    for ch in body:
        if ch.isspace():
            raise bad
    if body[-1] not in "jJ":
        try:
            return float(body), 0.0
        except ValueError:
            raise bad from None
    body = body[:-1]
    cut = -1
    pos = len(body) - 1
    while pos > 0:
        if body[pos] in "+-" and body[pos - 1] not in "eE":
            cut = pos
            break
        pos -= 1
    if cut < 0:
        real_text, imag_text = None, body
    else:
        real_text, imag_text = body[:cut], body[cut:]
    try:
        if imag_text in ("", "+"):
            im = 1.0
        elif imag_text == "-":
            im = -1.0
        else:
            if imag_text[0] in "+-" and imag_text[1:2] in ("+", "-"):
                raise ValueError
            im = float(imag_text)
        re = 0.0 if real_text is None else float(real_text)
    except ValueError:
        raise bad from None
    return re, im


def _mul(ar, ai, br, bi):
    return ar * br - ai * bi, ar * bi + ai * br


def _div(ar, ai, br, bi):
    # Smith's method: scale by the larger component of the divisor.
    sbr = abs(br)
    sbi = abs(bi)
    if sbr >= sbi:
        if sbr == 0.0:
            raise ZeroDivisionError("complex division by zero")
        q = bi / br
        d = br + bi * q
        return (ar + ai * q) / d, (ai - ar * q) / d
    if sbi >= sbr:
        q = br / bi
        d = br * q + bi
        return (ar * q + ai) / d, (ai * q - ar) / d
    return _m.nan, _m.nan


def _int_power(br, bi, n):
    acc_r, acc_i = 1.0, 0.0
    sq_r, sq_i = br, bi
    while n:
        if n & 1:
            acc_r, acc_i = _mul(acc_r, acc_i, sq_r, sq_i)
        n >>= 1
        sq_r, sq_i = _mul(sq_r, sq_i, sq_r, sq_i)
    return acc_r, acc_i


def _power(ar, ai, er, ei):
    finite_in = _m.isfinite(ar) and _m.isfinite(ai) and _m.isfinite(er) and _m.isfinite(ei)
    try:
        out = _power_raw(ar, ai, er, ei)
    except OverflowError:
        raise OverflowError("complex exponentiation") from None
    if finite_in and (_m.isinf(out[0]) or _m.isinf(out[1])):
        raise OverflowError("complex exponentiation")
    return out


def _power_raw(ar, ai, er, ei):
    if ei == 0.0 and _m.isfinite(er) and er == _m.floor(er) and -100 <= er <= 100:
        n = int(er)
        if n >= 0:
            return _int_power(ar, ai, n)
        pr, pi = _int_power(ar, ai, -n)
        try:
            return _div(1.0, 0.0, pr, pi)
        except ZeroDivisionError:
            raise ZeroDivisionError("0.0 to a negative or complex power") from None
    if er == 0.0 and ei == 0.0:
        return 1.0, 0.0
    if ar == 0.0 and ai == 0.0:
        if ei != 0.0 or er < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return 0.0, 0.0
    size = _hypot(ar, ai)
    mag = size**er
    angle = _m.atan2(ai, ar)
    turn = angle * er
    if ei != 0.0:
        mag /= _m.exp(angle * ei)
        turn += ei * _m.log(size)
    return mag * _m.cos(turn), mag * _m.sin(turn)


def _reduce_hash(value):
    width_mask = 1 << 63
    value = (value & (width_mask - 1)) - (value & width_mask)
    if value == -1:
        value = -2
    return value


class complex:
    """Create a complex number from a real part and an optional imaginary part.

    This is equivalent to (real + imag*1j) where imag defaults to 0."""

    __slots__ = ("_re", "_im")
    __module__ = "builtins"

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError(
                f"complex() takes at most 2 arguments ({len(args) + len(kwargs)} given)"
            )
        given = list(args)
        for key in kwargs:
            if key not in ("real", "imag"):
                raise TypeError(f"'{key}' is an invalid keyword argument for complex()")
        names = ("real", "imag")
        for i, key in enumerate(names):
            if key in kwargs:
                if i < len(args):
                    raise TypeError(
                        f"argument for complex() given by name ('{key}') and position ({i + 1})"
                    )
        first = given[0] if given else kwargs.get("real", _MISSING)
        second = given[1] if len(given) > 1 else kwargs.get("imag", _MISSING)
        return _build(cls, first, second)

    # -- components ---------------------------------------------------------------------

    @property
    def real(self):
        """the real part of a complex number"""
        return self._re

    @property
    def imag(self):
        """the imaginary part of a complex number"""
        return self._im

    def conjugate(self):
        """Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."""
        return _make(self._re, -self._im)

    def __complex__(self):
        """Convert this value to exact type complex."""
        if type(self) is complex:
            return self
        return _make(self._re, self._im)

    def __setattr__(self, name, value):
        if name in ("real", "imag"):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'{_tname(self)}' object has no attribute '{name}'")

    # -- text -------------------------------------------------------------------------

    def __repr__(self):
        re, im = self._re, self._im
        if re == 0.0 and _m.copysign(1.0, re) > 0:
            return _float_text(im) + "j"
        im_text = _float_text(im)
        if im_text[0] != "-":
            im_text = "+" + im_text
        return "(" + _float_text(re) + im_text + "j)"

    __str__ = __repr__

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError(
                f"__format__() argument must be str, not {_tname(spec)}"
            )
        if spec == "":
            return str(self)
        return _format_complex(self, spec)

    # -- numbers ----------------------------------------------------------------------

    def __hash__(self):
        return _reduce_hash(hash(self._re) + 1000003 * hash(self._im))

    def __bool__(self):
        return self._re != 0.0 or self._im != 0.0

    def __abs__(self):
        re, im = self._re, self._im
        size = _hypot(re, im)
        if _m.isinf(size) and _m.isfinite(re) and _m.isfinite(im):
            raise OverflowError("absolute value too large")
        return size

    def __neg__(self):
        return _make(-self._re, -self._im)

    def __pos__(self):
        return _make(self._re, self._im)

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._re == other._re and self._im == other._im
        if isinstance(other, (int, float)):
            return self._im == 0.0 and self._re == other
        return NotImplemented

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    def __add__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(self._re + o[0], self._im + o[1])

    def __radd__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(o[0] + self._re, o[1] + self._im)

    def __sub__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(self._re - o[0], self._im - o[1])

    def __rsub__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(o[0] - self._re, o[1] - self._im)

    def __mul__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(*_mul(self._re, self._im, o[0], o[1]))

    def __rmul__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(*_mul(o[0], o[1], self._re, self._im))

    def __truediv__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(*_div(self._re, self._im, o[0], o[1]))

    def __rtruediv__(self, other):
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(*_div(o[0], o[1], self._re, self._im))

    def __pow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(*_power(self._re, self._im, o[0], o[1]))

    def __rpow__(self, other, mod=None):
        if mod is not None:
            raise ValueError("complex modulo")
        o = _parts_of(other)
        if o is None:
            return NotImplemented
        return _make(*_power(o[0], o[1], self._re, self._im))

    def __getnewargs__(self):
        return (self._re, self._im)


_MISSING = object()
_new_obj = object.__new__
_set = object.__setattr__


def _make(re, im, cls=complex):
    z = _new_obj(cls)
    _set(z, "_re", re)
    _set(z, "_im", im)
    return z


def _first_parts(value):
    if isinstance(value, complex):
        return value._re, value._im, True
    kind = type(value)
    conv = getattr(kind, "__complex__", None)
    if conv is not None:
        out = conv(value)
        if not isinstance(out, complex):
            raise TypeError(f"__complex__ returned non-complex (type {_tname(out)})")
        return out._re, out._im, True
    f = _to_float_arg(value)
    if f is None:
        raise TypeError(
            f"complex() first argument must be a string or a number, not '{_tname(value)}'"
        )
    return f, 0.0, False


def _build(cls, first, second):
    if first is _MISSING:
        first = 0.0
        if second is _MISSING:
            return _make(0.0, 0.0, cls)
    if isinstance(first, str):
        if second is not _MISSING:
            raise TypeError("complex() can't take second arg if first is a string")
        re, im = _parse_text(first)
        return _make(re, im, cls)
    if isinstance(second, str):
        raise TypeError("complex() second arg can't be a string")
    if second is _MISSING and type(first) is complex and cls is complex:
        return first
    re, im, had_imag = _first_parts(first)
    if second is _MISSING:
        return _make(re, im, cls)
    if isinstance(second, complex):
        sr, si = second._re, second._im
    else:
        sr = _to_float_arg(second)
        if sr is None:
            raise TypeError(
                f"complex() second argument must be a number, not '{_tname(second)}'"
            )
        si = None
    if si is not None:
        re = re - si
    return _make(re, im + sr if had_imag else sr, cls)


def _split_spec(spec):
    """Splits a format spec into (fill, align, rest-for-floats, width, kind)."""
    fill, align = " ", ""
    i = 0
    if len(spec) >= 2 and spec[1] in "<>^=":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "^", "="):
        align = spec[0]
        i = 1
    sign = ""
    if spec[i : i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    alt = ""
    if spec[i : i + 1] == "#":
        alt = "#"
        i += 1
    if spec[i : i + 1] == "0":
        raise ValueError("Zero padding is not allowed in complex format specifier")
    j = i
    while j < len(spec) and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else 0
    rest = spec[j:]
    kind = ""
    if rest and rest[-1].isalpha() or rest[-1:] == "%":
        kind = rest[-1]
        rest = rest[:-1]
    return fill, align, sign, alt, width, rest, kind


def _format_complex(z, spec):
    fill, align, sign, alt, width, rest, kind = _split_spec(spec)
    if kind and kind not in _NUM_FMT_TYPES:
        raise ValueError(f"Unknown format code '{kind}' for object of type 'complex'")
    if align == "=":
        raise ValueError("'=' alignment flag is not allowed in complex format specifier")
    re, im = z._re, z._im
    if kind:
        text = format(re, sign + alt + rest + kind) + format(im, "+" + alt + rest + kind) + "j"
    else:
        # No type: like repr, keeping the precision given.
        if "." in rest:
            re_t = format(re, sign + alt + rest + "g")
            im_t = format(im, "+" + alt + rest + "g")
        else:
            # `rest` is empty or a grouping option: repr-style digits, grouped.
            re_t = _strip_point_zero(format(re, sign + rest))
            im_t = _strip_point_zero(format(im, "+" + rest))
        if re == 0.0 and _m.copysign(1.0, re) > 0:
            if im_t[0] == "+" and sign != "+":
                im_t = ("" if sign != " " else " ") + im_t[1:]
            text = im_t + "j"
        else:
            text = "(" + re_t + im_t + "j)"
    if len(text) >= width:
        return text
    pad = width - len(text)
    if align == "<":
        return text + fill * pad
    if align == "^":
        left = pad // 2
        return fill * left + text + fill * (pad - left)
    return fill * pad + text
