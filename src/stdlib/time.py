"""time: clocks, struct_time, strftime/strptime, written over the Rust module `_time`."""

import _time
from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, process_time_ns, sleep, clock_gettime_ns)

try:
    from _time import (CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
                       CLOCK_THREAD_CPUTIME_ID)
except ImportError:
    pass


def clock_gettime(clk_id):
    return clock_gettime_ns(clk_id) / 1e9


def thread_time_ns():
    return clock_gettime_ns(CLOCK_THREAD_CPUTIME_ID)


def thread_time():
    return thread_time_ns() / 1e9


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(name):
    if name not in _CLOCKS:
        raise ValueError("unknown clock")
    from types import SimpleNamespace
    implementation, mono, adjustable = _CLOCKS[name]
    return SimpleNamespace(adjustable=adjustable, implementation=implementation,
                           monotonic=mono, resolution=1e-09)

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        full = seq + (None,) * (11 - n)
        for name, v in zip(_FIELDS, full):
            object.__setattr__(self, name, v)
        return self

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(_FIELDS, tuple(self))) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))


# ---- calendar arithmetic (proleptic Gregorian) ----

def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(y, m):
    if m == 2 and _isleap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    """Day number with 0001-01-01 as day 1."""
    y1 = y - 1
    return (y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
            + _DAYS_BEFORE_MONTH[m] + (m > 2 and _isleap(y)) + d)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    y = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before -= _DAYS_IN_MONTH[m] + (m == 2 and leap)
    return y, m, n - before + 1


_EPOCH_ORD = 719163  # _ymd2ord(1970, 1, 1)


def _secs_arg(secs):
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    if isinstance(secs, int):
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def gmtime(secs=None):
    s = _secs_arg(secs)
    if not -2**63 <= s < 2**63:
        raise OverflowError("timestamp out of range for platform time_t")
    days, rem = divmod(s, 86400)
    o = days + _EPOCH_ORD
    y, m, d = _ord2ymd(o)
    if not -2**31 <= y - 1900 < 2**31:
        raise OSError(75, "Value too large for defined data type")
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    yday = o - _ymd2ord(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, (o + 6) % 7, yday, 0, "GMT", 0))


def localtime(secs=None):
    return struct_time(_time.localtime(_secs_arg(secs)))


def _c_ints(f):
    for v in f:
        if v > 2147483647:
            raise OverflowError("signed integer is greater than maximum")
        if v < -2147483648:
            raise OverflowError("signed integer is less than minimum")


def _tuple_arg(t, fname):
    if isinstance(t, struct_time):
        _c_ints(tuple(t))
        return tuple(t), t.tm_zone, t.tm_gmtoff
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    _c_ints(t)
    return t, None, None


def mktime(t):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("mktime(): illegal time tuple argument")
    f = tuple(t)[:9]
    for v in f:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    _c_ints(f)
    return _time.mktime(f[0], f[1], f[2], f[3], f[4], f[5], f[8])


def _tzinfo():
    y = localtime().tm_year
    jan = _time.localtime((_ymd2ord(y, 1, 1) - _EPOCH_ORD) * 86400)
    jul = _time.localtime((_ymd2ord(y, 7, 1) - _EPOCH_ORD) * 86400)
    janzone, julzone = -jan[10], -jul[10]
    if janzone < julzone:
        # Southern hemisphere: DST in January.
        return julzone, janzone, int(janzone != julzone), (jul[9], jan[9])
    return janzone, julzone, int(janzone != julzone), (jan[9], jul[9])


def tzset():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _tzinfo()


tzset()

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


def asctime(t=None):
    if t is None:
        t = localtime()
    f, _, _ = _tuple_arg(t, "asctime")
    _check(f, False)
    return "%s %s %2d %02d:%02d:%02d %d" % (
        _DAYS[f[6] % 7][:3], _MONTHS[f[1] or 1][:3], f[2], f[3], f[4], f[5], f[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _check(f, fix_zero):
    y, mon, mday, hour, minute, sec, wday, yday, isdst = f
    if fix_zero:
        mon = mon or 1
        mday = mday or 1
        yday = yday or 1
    if not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < -1:
        raise ValueError("day of week out of range")
    if not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    return (y, mon, mday, hour, minute, sec, wday % 7, yday, isdst)


def _iso_week_days(yday, wday):
    # yday from 0, wday with Sunday 0: days since the Monday of ISO week 1.
    return yday - (yday - wday + 4 + 371) % 7 + 3


def _iso(year, yday0, wday_sun):
    days = _iso_week_days(yday0, wday_sun)
    if days < 0:
        year -= 1
        days = _iso_week_days(yday0 + 365 + _isleap(year), wday_sun)
    else:
        d = _iso_week_days(yday0 - 365 - _isleap(year), wday_sun)
        if d >= 0:
            year += 1
            days = d
    return year, days // 7 + 1


_NUM_DEFAULTS = {
    "C": ("0", 1), "d": ("0", 2), "e": (" ", 2), "g": ("0", 2), "G": ("0", 1),
    "H": ("0", 2), "I": ("0", 2), "j": ("0", 3), "k": (" ", 2), "l": (" ", 2),
    "m": ("0", 2), "M": ("0", 2), "s": ("0", 1), "S": ("0", 2), "u": ("0", 1),
    "U": ("0", 2), "V": ("0", 2), "w": ("0", 1), "W": ("0", 2), "y": ("0", 2),
    "Y": ("0", 1),
}


# The conversions glibc accepts after the E and O modifiers.
_E_OK = "%CPRTXYZcnprstuxyz"
_O_OK = "%BCGHIMPRSTUVWZbdeghjklmnprstuwyz"


def _raw_directive(raw, flag, width):
    """An unknown conversion is copied (upper-cased by ^, padded to the width) as glibc does."""
    if "^" in flag:
        raw = raw.upper()
    if width:
        raw = raw.rjust(int(width), "0" if "0" in flag else " ")
    return raw


def _strftime(fmt, f, zone, gmtoff):
    y, mon, mday, hour, minute, sec, wday, yday, isdst = f
    wsun = (wday + 1) % 7
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        start = i
        i += 1
        flag = ""
        while i < n and fmt[i] in "-_0^#":
            flag += fmt[i]
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        modifier = ""
        if i < n and fmt[i] in "EO":
            modifier = fmt[i]
            i += 1
        if i >= n:
            out.append(_raw_directive(fmt[start:], flag, width))
            break
        d = fmt[i]
        i += 1
        if modifier and d not in (_E_OK if modifier == "E" else _O_OK):
            out.append(_raw_directive(fmt[start:i], flag, width))
            continue
        if d in _NUM_DEFAULTS:
            if d == "C":
                v = y // 100
            elif d == "d" or d == "e":
                v = mday
            elif d in "gG":
                v = _iso(y, yday - 1, wsun)[0]
                if d == "g":
                    v %= 100
            elif d == "H" or d == "k":
                v = hour
            elif d == "I" or d == "l":
                v = hour % 12 or 12
            elif d == "j":
                v = yday
            elif d == "m":
                v = mon
            elif d == "M":
                v = minute
            elif d == "s":
                v = int(mktime(f))
            elif d == "S":
                v = sec
            elif d == "u":
                v = wday + 1
            elif d == "U":
                v = (yday - 1 + 7 - wsun) // 7
            elif d == "V":
                v = _iso(y, yday - 1, wsun)[1]
            elif d == "w":
                v = wsun
            elif d == "W":
                v = (yday - 1 + 7 - wday) // 7
            elif d == "y":
                v = y % 100
            else:
                v = y
            pad, w = _NUM_DEFAULTS[d]
            if "-" in flag:
                pad, w = ("", 0) if not width else (" ", w)
            elif "_" in flag:
                pad = " "
            elif "0" in flag:
                pad = "0"
            if width:
                w = int(width)
            s = str(abs(v))
            if v < 0:
                s = "-" + s.rjust(w - 1, pad or " ") if pad == "0" else ("-" + s).rjust(w, pad or " ")
            elif pad:
                s = s.rjust(w, pad)
            out.append(s)
            continue
        if d in "%nt":
            s = {"%": "%", "n": "\n", "t": "\t"}[d]
            if width:
                s = s.rjust(int(width), "0" if "0" in flag and d == "%" else " ")
            out.append(s)
            continue
        sub = None
        upper = "^" in flag
        swap = "#" in flag
        if d == "a":
            s = _DAYS[wday][:3]
        elif d == "A":
            s = _DAYS[wday]
        elif d == "b" or d == "h":
            s = _MONTHS[mon][:3]
        elif d == "B":
            s = _MONTHS[mon]
        elif d == "p" or d == "P":
            s = "AM" if hour < 12 else "PM"
            if d == "P":
                s = s.lower()
                upper = False
            if swap:
                s = s.lower()
                swap = False
        elif d == "Z":
            s = (zone or "") if isdst >= 0 else ""
            if swap:
                s = s.lower()
                swap = False
        elif d == "z":
            if isdst < 0:
                s = ""
            else:
                off = gmtoff or 0
                sign = "-" if off < 0 else "+"
                off = abs(off) // 60
                v = off // 60 * 100 + off % 60
                if "-" in flag:
                    s = sign + str(v)
                elif "_" in flag:
                    s = sign + str(v).rjust(4)
                else:
                    s = sign + "%04d" % v
            out.append(s)
            continue
        elif d == "c":
            sub = "%a %b %e %H:%M:%S %Y"
        elif d == "x" or d == "D":
            sub = "%m/%d/%y"
        elif d == "X" or d == "T":
            sub = "%H:%M:%S"
        elif d == "r":
            sub = "%I:%M:%S %p"
        elif d == "R":
            sub = "%H:%M"
        elif d == "F":
            sub = "%Y-%m-%d"
        else:
            out.append(_raw_directive(fmt[start:i], flag, width))
            continue
        if sub is not None:
            s = _strftime(sub, f, zone, gmtoff)
            swap = False
        if upper or swap:
            s = s.upper()
        if width:
            s = s.rjust(int(width), "0" if "0" in flag else " ")
        out.append(s)
    return "".join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    f, zone, gmtoff = _tuple_arg(t, "strftime")
    f = _check(f, True)
    if zone is None:
        isdst = f[8]
        zone = tzname[1 if isdst > 0 else 0]
        gmtoff = -(altzone if isdst > 0 else timezone)
    if "\0" in format:
        raise ValueError("embedded null character")
    return _strftime(format, f, zone, gmtoff)


# ---- strptime ----

_LOWER_DAYS = [d.lower() for d in _DAYS]
_LOWER_MONTHS = [m.lower() for m in _MONTHS]

_NUM_ALTS = {
    # directive: candidate digit strings are tried longest first within the bounds
    "d": (1, 2, 1, 31), "H": (1, 2, 0, 23), "I": (1, 2, 1, 12), "m": (1, 2, 1, 12),
    "M": (1, 2, 0, 59), "S": (1, 2, 0, 61), "U": (1, 2, 0, 53), "W": (1, 2, 0, 53),
    "V": (1, 2, 0, 53), "j": (1, 3, 1, 366), "w": (1, 1, 0, 6), "u": (1, 1, 1, 7),
    "y": (2, 2, 0, 99), "Y": (4, 4, 0, 9999), "G": (4, 4, 0, 9999), "f": (1, 6, 0, 999999),
}

_EXPAND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
           "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "r": "%I:%M:%S %p",
           "F": "%Y-%m-%d"}


def _compile(fmt):
    """The format as a list of ("lit", text) / ("ws",) / ("dir", letter) items."""
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPAND:
                items.extend(_compile(_EXPAND[d]))
            elif d == "%":
                items.append(("lit", "%"))
            elif d in _NUM_ALTS or d in "aAbBhpzZ":
                items.append(("dir", "b" if d == "h" else d))
            else:
                # CPython escapes regex characters and whitespace before looking directives
                # up, so those report the escape as '%'.
                shown = "%" if (d in "\\.^$*+?(){}[]|" or d.isspace()) else d
                raise ValueError("'%s' is a bad directive in format '%s'" % (shown, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(("ws",))
        else:
            items.append(("lit", c))
            i += 1
    return items


def _name_alts():
    tz = ["utc", "gmt"]
    for z in tzname:
        z = z.lower()
        if z not in tz:
            tz.append(z)
    return {
        "a": _LOWER_DAYS + [d[:3] for d in _LOWER_DAYS],
        "A": _LOWER_DAYS + [d[:3] for d in _LOWER_DAYS],
        "b": _LOWER_MONTHS[1:] + [m[:3] for m in _LOWER_MONTHS[1:]],
        "B": _LOWER_MONTHS[1:] + [m[:3] for m in _LOWER_MONTHS[1:]],
        "p": ["am", "pm"],
        "Z": tz,
    }


def _candidates(d, s, pos, names):
    """Possible (end, text) matches of directive d at s[pos:], in preference order."""
    if d in _NUM_ALTS:
        lo_n, hi_n, lo, hi = _NUM_ALTS[d]
        if d == "d" and pos < len(s) and s[pos] == " ":
            if pos + 1 < len(s) and s[pos + 1] in "123456789":
                return [(pos + 2, s[pos + 1])]
            return []
        k = 0
        while k < hi_n and pos + k < len(s) and s[pos + k] in "0123456789":
            k += 1
        out = []
        for ln in range(k, lo_n - 1, -1):
            text = s[pos:pos + ln]
            if lo <= int(text) <= hi:
                out.append((pos + ln, text))
        return out
    if d == "z":
        if pos < len(s) and s[pos] in "zZ":
            return [(pos + 1, s[pos])] if s[pos] == "Z" else []
        if pos >= len(s) or s[pos] not in "+-":
            return []
        j = pos + 1

        def digits(j, n):
            return s[j:j + n].isdigit() and len(s[j:j + n]) == n and s[j:j + n].isascii()
        if not digits(j, 2):
            return []
        j += 2
        outs = []
        colon = j < len(s) and s[j] == ":"
        jj = j + 1 if colon else j
        if not (digits(jj, 2) and s[jj] in "012345"):
            return []
        j = jj + 2
        outs.append(j)
        colon2 = j < len(s) and s[j] == ":"
        jj = j + 1 if colon2 else j
        if digits(jj, 2) and s[jj] in "012345":
            j = jj + 2
            outs.append(j)
            if j < len(s) and s[j] == "." and s[j + 1:j + 2].isdigit():
                k = j + 1
                while k < len(s) and k < j + 7 and s[k].isdigit():
                    k += 1
                outs.append(k)
        return [(e, s[pos:e]) for e in reversed(outs)]
    low = s[pos:].lower()
    alts = sorted(names[d], key=len, reverse=True)
    return [(pos + len(a), s[pos:pos + len(a)]) for a in alts if low.startswith(a)]


def _match(items, k, s, pos, found, names):
    if k == len(items):
        return pos
    it = items[k]
    if it[0] == "lit":
        c = it[1]
        if pos < len(s) and (s[pos] == c or s[pos].lower() == c.lower()):
            return _match(items, k + 1, s, pos + 1, found, names)
        return -1
    if it[0] == "ws":
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:
            r = _match(items, k + 1, s, end, found, names)
            if r >= 0:
                return r
            end -= 1
        return -1
    d = it[1]
    for end, text in _candidates(d, s, pos, names):
        had = d in found
        old = found.get(d)
        found[d] = text
        r = _match(items, k + 1, s, end, found, names)
        if r >= 0:
            return r
        if had:
            found[d] = old
        else:
            del found[d]
    return -1


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """-> (9 struct fields, tzname or None, gmtoff or None, microseconds, gmtoff micro)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    items = _compile(format)
    found = {}
    end = _match(items, 0, data_string, 0, found, _name_alts())
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key in found:
        v = found[key]
        if key == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(v)
        elif key == "G":
            iso_year = int(v)
        elif key == "m":
            month = int(v)
        elif key in "Bb":
            month = _LOWER_MONTHS.index(v.lower()) if len(v) > 3 else \
                [m[:3] for m in _LOWER_MONTHS].index(v.lower())
        elif key == "d":
            day = int(v)
        elif key == "H":
            hour = int(v)
        elif key == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(v)
        elif key == "S":
            second = int(v)
        elif key == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif key in "Aa":
            lv = v.lower()
            weekday = _LOWER_DAYS.index(lv) if len(lv) > 3 else \
                [x[:3] for x in _LOWER_DAYS].index(lv)
        elif key == "w":
            weekday = (int(v) - 1) % 7
        elif key == "u":
            weekday = int(v) - 1
        elif key == "j":
            julian = int(v)
        elif key in "UW":
            week_of_year = int(v)
            week_of_year_start = 6 if key == "U" else 0
        elif key == "V":
            iso_week = int(v)
        elif key == "z":
            if v == "Z":
                gmtoff = 0
            else:
                z = v
                if len(z) > 3 and z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s" % v)
                        z = z[:5] + z[6:]
                elif len(z) > 5 and z[5] == ":":
                    raise ValueError("Inconsistent use of : in %s" % v)
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder + "0" * (6 - len(gmtoff_remainder))) \
                    if gmtoff_remainder else 0
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == "Z":
            found_zone = v.lower()
            for value, names in enumerate(tzname):
                if found_zone == names.lower():
                    if tzname[0] == tzname[1] and daylight and found_zone not in ("utc", "gmt"):
                        break
                    tz = value
                    break
            if found_zone in ("utc", "gmt"):
                tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                             "'%Y'. Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_mon = week_of_year_start == 0
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            dow = weekday
            if not week_starts_mon:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            week_0_length = (7 - first) % 7
            if week_of_year == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + week_0_length + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            # Ordinal of the Monday of ISO week 1 of iso_year.
            jan4 = _ymd2ord(iso_year, 1, 4)
            week1_monday = jan4 - (jan4 + 6) % 7
            o = week1_monday + (iso_week - 1) * 7 + weekday
            year = _ord2ymd(o)[0]
            julian = o - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365
    if julian is None:
        if not 1 <= month <= 12:
            raise ValueError("month must be in 1..12")
        if not 1 <= day <= _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    else:
        o = julian - 1 + _ymd2ord(year, 1, 1)
        year, month, day = _ord2ymd(o)
    if weekday is None:
        weekday = (_ymd2ord(year, month, day) + 6) % 7
    tzname_found = found.get("Z")
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz),
            tzname_found, gmtoff, fraction, gmtoff_fraction)


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    f, zone, gmtoff, _, _ = _strptime(data_string, format)
    return struct_time(f + (zone, gmtoff))

