"""Mathematical functions for complex numbers (tessera's own implementation).

Branch cuts follow the documentation: sqrt, log and log10 are cut along the negative real
axis, asin/acos/atanh along the real axis outside [-1, 1], atan/asinh along the imaginary
axis outside [-i, i], acosh along the real axis left of 1.
"""

import math as _m
from _complex_c import hypot as _hypot

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)

_LN10 = _m.log(10.0)
_BIG = 1e150
# Beyond this the inverse functions switch to their asymptotic forms.
_HUGE = 4.49423283715579e307


def _arg(z):
    """The parts (x, y) of a number argument."""
    if isinstance(z, complex):
        return z.real, z.imag
    if isinstance(z, (int, float)):
        return float(z), 0.0
    kind = type(z)
    if hasattr(kind, "__complex__"):
        w = kind.__complex__(z)
        if not isinstance(w, complex):
            raise TypeError(f"__complex__ returned non-complex (type {type(w).__name__})")
        return w.real, w.imag
    if hasattr(kind, "__float__") or hasattr(kind, "__index__"):
        return float(z) if hasattr(kind, "__float__") else float(z.__index__()), 0.0
    raise TypeError(f"must be real number, not {type(z).__name__}")


def _real(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    kind = type(x)
    if isinstance(x, complex) or not (hasattr(kind, "__float__") or hasattr(kind, "__index__")):
        raise TypeError(f"must be real number, not {type(x).__name__}")
    return float(x)


def _finite(*vals):
    for v in vals:
        if not _m.isfinite(v):
            return False
    return True


def _checked(x, y, *inputs):
    """complex(x, y), raising as CPython does when finite inputs gave an infinite result."""
    if _finite(*inputs) and not _finite(x, y):
        if _m.isnan(x) or _m.isnan(y):
            raise ValueError("math domain error")
        raise OverflowError("math range error")
    return complex(x, y)


# -- roots, exponentials, logarithms ------------------------------------------------------


def _sqrt_parts(x, y):
    if x == 0.0 and y == 0.0:
        return 0.0, y
    if _m.isinf(y):
        return _m.inf, y
    if _m.isnan(x):
        return x, x
    if _m.isinf(x):
        if x > 0:
            return x, _m.copysign(0.0, y) if not _m.isnan(y) else y
        return (abs(y - y) if _m.isnan(y) else 0.0), _m.copysign(_m.inf, y)
    ax, ay = abs(x), abs(y)
    if ax < 1e-300 and ay < 1e-300:
        # Tiny input: work on a scaled copy so no digits are lost to subnormals.
        up = 2.0**600
        sr, si = _sqrt_parts(x * up, y * up)
        return sr * 2.0**-300, si * 2.0**-300
    if ax < _BIG and ay < _BIG:
        s = _m.sqrt((ax + _hypot(ax, ay)) * 0.5)
    else:
        # Scale down to keep the sum finite.
        s = 2.0 * _m.sqrt((ax * 0.25 + _hypot(ax * 0.25, ay * 0.25)) * 0.5)
    if x >= 0.0:
        return s, _m.copysign(ay / s * 0.5, y)
    return ay / s * 0.5, _m.copysign(s, y)


def sqrt(z, /):
    """Return the square root of z."""
    return complex(*_sqrt_parts(*_arg(z)))


def _exp_special(x, y):
    """exp at a non-finite point, following C99 Annex G (ValueError for an infinite
    imaginary part with a finite or +inf real part)."""
    if _m.isnan(x):
        return complex(x, y if y == 0.0 else _m.nan)
    if _m.isinf(x):
        if x < 0:
            if _m.isfinite(y):
                return complex(_m.copysign(0.0, _m.cos(y)), _m.copysign(0.0, _m.sin(y)))
            return complex(0.0, 0.0)
        if _m.isnan(y):
            return complex(x, y)
        if _m.isinf(y):
            raise ValueError("math domain error")
        if y == 0.0:
            return complex(x, y)
        return complex(_m.copysign(x, _m.cos(y)), _m.copysign(x, _m.sin(y)))
    if _m.isinf(y):
        raise ValueError("math domain error")
    return complex(_m.nan, _m.nan)


def exp(z, /):
    """Return the exponential value e**z."""
    x, y = _arg(z)
    if not _finite(x, y):
        return _exp_special(x, y)
    if y == 0.0:
        try:
            return complex(_m.exp(x), y)
        except OverflowError:
            raise OverflowError("math range error") from None
    if x > 708.0:
        scale = _m.exp(x - 1.0)
        re, im = scale * _m.cos(y) * _m.e, scale * _m.sin(y) * _m.e
    else:
        scale = _m.exp(x)
        re, im = scale * _m.cos(y), scale * _m.sin(y)
    return _checked(re, im, x, y)


def _log_parts(x, y):
    if x == 0.0 and y == 0.0:
        raise ValueError("math domain error")
    ax, ay = abs(x), abs(y)
    if _m.isinf(ax) or _m.isinf(ay):
        return _m.inf, _m.atan2(y, x)
    if _m.isnan(x) or _m.isnan(y):
        return _m.nan, _m.nan
    big, small = (ax, ay) if ax >= ay else (ay, ax)
    h = _hypot(ax, ay)
    if 0.71 <= h <= 1.73:
        # Near the unit circle log(hypot) loses digits; use log1p of |z|**2 - 1.
        re = _m.log1p((big - 1.0) * (big + 1.0) + small * small) * 0.5
    elif big < 2.2250738585072014e-308:
        re = _m.log(_hypot(ax * 2.0**53, ay * 2.0**53)) - 53 * _m.log(2.0)
    else:
        if big > 8.988465674311579e307:
            re = _m.log(_hypot(ax * 0.5, ay * 0.5)) + _m.log(2.0)
        else:
            re = _m.log(h)
    return re, _m.atan2(y, x)


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base.

    If the base is not specified, returns the natural logarithm (base e) of z."""
    x, y = _arg(z)
    num = complex(*_log_parts(x, y))
    if base is None:
        return num
    bx, by = _arg(base)
    den = complex(*_log_parts(bx, by))
    try:
        return num / den
    except ZeroDivisionError:
        raise ValueError("math domain error") from None


def log10(z, /):
    """Return the base-10 logarithm of z."""
    x, y = _arg(z)
    re, im = _log_parts(x, y)
    return complex(re / _LN10, im / _LN10)


# -- hyperbolic functions and their inverses ----------------------------------------------


def _sinh_parts(x, y):
    if y == 0.0 and not _m.isnan(x):
        return _m.sinh(x), y
    if abs(x) > 708.0 and _finite(x, y):
        half = _m.exp(abs(x) - 1.0) * (_m.e * 0.5)
        return _m.copysign(half, x) * _m.cos(y), half * _m.sin(y)
    return _m.sinh(x) * _m.cos(y), _m.cosh(x) * _m.sin(y)


def _cosh_parts(x, y):
    if y == 0.0 and not _m.isnan(x):
        return _m.cosh(x), _m.copysign(0.0, x) * y if x != 0.0 else x * y
    if abs(x) > 708.0 and _finite(x, y):
        half = _m.exp(abs(x) - 1.0) * (_m.e * 0.5)
        return half * _m.cos(y), _m.copysign(half, x) * _m.sin(y)
    return _m.cosh(x) * _m.cos(y), _m.sinh(x) * _m.sin(y)


def _tanh_parts(x, y):
    if abs(x) > 709.0:
        # tanh(x) is ±1 to double precision; the imaginary part decays like exp(-2|x|).
        return _m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    sech = 1.0 / _m.cosh(x)
    p = tx * ty
    d = 1.0 + p * p
    return tx * (1.0 + ty * ty) / d, ((ty / d) * sech) * sech


def _sinh_special(x, y):
    if _m.isnan(x):
        return x, (y if y == 0.0 else _m.nan)
    if _m.isinf(y):
        raise ValueError("math domain error")
    if _m.isinf(x):
        if _m.isnan(y):
            return _m.inf, y
        if y == 0.0:
            return x, y
        return _m.copysign(_m.inf, x * _m.cos(y)), _m.copysign(_m.inf, _m.sin(y))
    # finite x, nan y
    return (0.0 if x == 0.0 else _m.nan), _m.nan


def _cosh_special(x, y):
    if _m.isnan(x):
        return x, (0.0 if y == 0.0 else _m.nan)
    if _m.isinf(y):
        raise ValueError("math domain error")
    if _m.isinf(x):
        if _m.isnan(y):
            return _m.inf, y
        if y == 0.0:
            return _m.inf, (_m.copysign(0.0, y) if x > 0 else -y)
        return _m.copysign(_m.inf, _m.cos(y)), _m.copysign(_m.inf, x * _m.sin(y))
    return _m.nan, (0.0 if x == 0.0 else _m.nan)


_SPECIAL = {}


def _hyper(fn, x, y):
    if not _finite(x, y):
        return complex(*_SPECIAL[fn](x, y))
    try:
        re, im = fn(x, y)
    except OverflowError:
        raise OverflowError("math range error") from None
    return _checked(re, im, x, y)


_SPECIAL[_sinh_parts] = _sinh_special
_SPECIAL[_cosh_parts] = _cosh_special


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    return _hyper(_sinh_parts, *_arg(z))


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    return _hyper(_cosh_parts, *_arg(z))


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    x, y = _arg(z)
    if not _finite(x, y):
        return complex(*_tanh_special(x, y))
    return complex(*_tanh_parts(x, y))


def _tanh_special(x, y):
    if _m.isinf(x):
        if _m.isfinite(y):
            return _m.copysign(1.0, x), _m.copysign(0.0, _m.sin(y) * _m.cos(y))
        return _m.copysign(1.0, x), 0.0
    if _m.isnan(x):
        return x, (y if y == 0.0 else _m.nan)
    if _m.isinf(y):
        raise ValueError("math domain error")
    return _m.nan, _m.nan


def _asinh_special(x, y):
    if _m.isinf(x):
        if _m.isnan(y):
            return x, y
        if _m.isinf(y):
            return x, _m.copysign(_m.pi * 0.25, y)
        return x, _m.copysign(0.0, y)
    if _m.isnan(x):
        if _m.isinf(y):
            return _m.inf, x
        return x, (y if y == 0.0 else _m.nan)
    if _m.isinf(y):
        return _m.copysign(_m.inf, x), _m.copysign(_m.pi * 0.5, y)
    return _m.nan, _m.nan


def _log_twice(x, y):
    """log(2*|z|) for large z."""
    ax, ay = abs(x), abs(y)
    if max(ax, ay) > 8.988465674311579e307:
        return _m.log(_hypot(ax * 0.5, ay * 0.5)) + _m.log(4.0)
    return _m.log(_hypot(ax, ay)) + _m.log(2.0)


def _asinh_parts(x, y):
    if not _finite(x, y):
        return _asinh_special(x, y)
    if max(abs(x), abs(y)) > _HUGE:
        # asinh(z) ~ log(2z) for large |z|.
        re = _m.copysign(_log_twice(x, y), x)
        return re, _m.atan2(y, abs(x))
    ar, ai = _sqrt_parts(1.0 + y, -x)
    br, bi = _sqrt_parts(1.0 - y, x)
    return _m.asinh(ar * bi - ai * br), _m.atan2(y, ar * br - ai * bi)


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    return complex(*_asinh_parts(*_arg(z)))


def asin(z, /):
    """Return the arc sine of z."""
    x, y = _arg(z)
    re, im = _asinh_parts(-y, x)
    return complex(im, -re)


def _acos_parts(x, y):
    if _m.isnan(x) and _m.isinf(y):
        return x, -y
    if x == 0.0 and _m.isnan(y):
        return _m.pi * 0.5, y
    if max(abs(x), abs(y)) > _HUGE:
        re = _m.atan2(abs(y), x)
        im = _log_twice(x, y)
        return re, (-im if y >= 0.0 and _m.copysign(1.0, y) > 0 else im)
    ar, ai = _sqrt_parts(1.0 - x, -y)
    br, bi = _sqrt_parts(1.0 + x, y)
    return 2.0 * _m.atan2(ar, br), _m.asinh(br * ai - bi * ar)


def acos(z, /):
    """Return the arc cosine of z."""
    return complex(*_acos_parts(*_arg(z)))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    x, y = _arg(z)
    if _m.isnan(x) and _m.isinf(y):
        return complex(_m.inf, x)
    if max(abs(x), abs(y)) > _HUGE:
        return complex(_log_twice(x, y), _m.atan2(y, x))
    ar, ai = _sqrt_parts(x - 1.0, y)
    br, bi = _sqrt_parts(x + 1.0, y)
    return complex(_m.asinh(ar * br + ai * bi), 2.0 * _m.atan2(ai, br))


def _atanh_special(x, y):
    if _m.isinf(x) or _m.isinf(y):
        re = 0.0 if _m.isnan(x) else _m.copysign(0.0, x)
        if _m.isnan(y):
            return re, y
        return re, _m.copysign(_m.pi * 0.5, y)
    if _m.isnan(y) and x == 0.0:
        return x, y
    return _m.nan, _m.nan


def _atanh_parts(x, y):
    if not _finite(x, y):
        return _atanh_special(x, y)
    if x < 0.0 or (x == 0.0 and _m.copysign(1.0, x) < 0):
        re, im = _atanh_parts(-x, -y)
        return -re, -im
    if x == 1.0 and y == 0.0:
        raise ValueError("math domain error")
    ay = abs(y)
    if x > _BIG or ay > _BIG:
        h = _hypot(x * 0.5, y * 0.5)
        return x / h / h * 0.25, -_m.copysign(_m.pi * 0.5, -y)
    if x == 1.0 and ay < 1e-150:
        re = -_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0)))
        return re, _m.copysign(_m.atan2(2.0, -ay) * 0.5, y)
    re = _m.log1p(4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)) * 0.25
    im = -_m.atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) * 0.5
    return re, im


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    return complex(*_atanh_parts(*_arg(z)))


def atan(z, /):
    """Return the arc tangent of z."""
    x, y = _arg(z)
    re, im = _atanh_parts(-y, x)
    return complex(im, -re)


def sin(z, /):
    """Return the sine of z."""
    x, y = _arg(z)
    w = _hyper(_sinh_parts, -y, x)
    return complex(w.imag, -w.real)


def cos(z, /):
    """Return the cosine of z."""
    x, y = _arg(z)
    return _hyper(_cosh_parts, -y, x)


def tan(z, /):
    """Return the tangent of z."""
    x, y = _arg(z)
    w = tanh(complex(-y, x))
    return complex(w.imag, -w.real)


# -- polar coordinates and classification -------------------------------------------------


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    x, y = _arg(z)
    angle = _m.atan2(y, x)
    if angle == 0.0 and y != 0.0 and _m.isfinite(x):
        raise OverflowError("math range error")
    return angle


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates.

    r is the distance from 0 and phi the phase angle."""
    x, y = _arg(z)
    size = _hypot(x, y)
    if _m.isinf(size) and _finite(x, y):
        raise OverflowError("math range error")
    return size, _m.atan2(y, x)


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = _real(r)
    phi = _real(phi)
    if _m.isinf(r) and _finite(phi) and phi != 0.0:
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if phi == 0.0:
        return complex(r, r * phi if _finite(r) else phi)
    if r == 0.0 and not _finite(phi):
        return complex(0.0, 0.0)
    if not _finite(phi) and _finite(r):
        raise ValueError("math domain error")
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    x, y = _arg(z)
    return _m.isfinite(x) and _m.isfinite(y)


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    x, y = _arg(z)
    return _m.isinf(x) or _m.isinf(y)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    x, y = _arg(z)
    return _m.isnan(x) or _m.isnan(y)


_ABSENT = object()


def isclose(a=_ABSENT, b=_ABSENT, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    if a is _ABSENT:
        raise TypeError("isclose() missing required argument 'a' (pos 1)")
    if b is _ABSENT:
        raise TypeError("isclose() missing required argument 'b' (pos 2)")
    ax, ay = _arg(a)
    bx, by = _arg(b)
    rel_tol = _real(rel_tol)
    abs_tol = _real(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if ax == bx and ay == by:
        return True
    if not (_finite(ax, ay) and _finite(bx, by)):
        return False
    gap = abs(complex(ax - bx, ay - by))
    return (
        gap <= rel_tol * abs(complex(bx, by))
        or gap <= rel_tol * abs(complex(ax, ay))
        or gap <= abs_tol
    )
