"""datetime: dates, times, durations and fixed-offset time zones (proleptic Gregorian)."""

import time as _time
from time import _ymd2ord, _ord2ymd, _isleap, _days_in_month

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_US_PER_DAY = 86400 * 1000000
_MAX_DELTA_DAYS = 999999999


def _index(v):
    if type(v) is int and -2147483648 <= v <= 2147483647:
        return v
    if isinstance(v, int):
        v = int(v)
    elif hasattr(type(v), "__index__"):
        v = type(v).__index__(v)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if v > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return v


_MISSING = object()


def _required(v, name, pos):
    if type(v) is int and -2147483648 <= v <= 2147483647:
        return v
    if v is _MISSING:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
    return _index(v)


def _check_date(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, mi, s, us, fold):
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _tname(obj):
    t = type(obj)
    if t in (date, datetime, time, timedelta, timezone, tzinfo):
        return "datetime." + t.__name__
    return t.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even(num, den):
    """num/den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _ratio(x):
    if isinstance(x, float):
        return x.as_integer_ratio()
    return int(x), 1


# ---------------------------------------------------------------- timedelta

class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return _td_from_us(
                ((weeks * 7 + days) * 86400 + hours * 3600 + minutes * 60 + seconds) * 1000000
                + milliseconds * 1000 + microseconds, cls)
        num, den = 0, 1
        for value, scale, name in ((days, _US_PER_DAY, "days"),
                                   (seconds, 1000000, "seconds"),
                                   (microseconds, 1, "microseconds"),
                                   (milliseconds, 1000, "milliseconds"),
                                   (minutes, 60000000, "minutes"),
                                   (hours, 3600000000, "hours"),
                                   (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(value, int):
                if value:
                    num += int(value) * scale * den
            elif isinstance(value, float):
                if value != value or value in (float("inf"), float("-inf")):
                    raise (ValueError("cannot convert float NaN to integer") if value != value
                           else OverflowError("cannot convert float infinity to integer"))
                n, d = value.as_integer_ratio()
                num = num * d + n * scale * den
                den *= d
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(value).__name__))
        return _td_from_us(_round_half_even(num, den), cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_tname(self) if type(self) is timedelta else type(self).__qualname__,
                           ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._to_us())

    def __pos__(self):
        return _td_from_us(self._to_us())

    def __abs__(self):
        return -self if self._days < 0 else _td_from_us(self._to_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._to_us() * int(other))
        if isinstance(other, float):
            n, d = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._to_us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            o = other._to_us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._to_us() // o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            o = other._to_us()
            if o == 0:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / o
        if isinstance(other, (int, float)):
            n, d = _ratio(other)
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if n < 0:
                n, d = -n, -d
            return _td_from_us(_round_half_even(self._to_us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._to_us()
            if o == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(self._to_us() % o)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._to_us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._to_us(), o)
            return q, _td_from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _td_from_us(us, cls=None):
    days, rem = divmod(us, _US_PER_DAY)
    if not -2147483648 <= days <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    if not -_MAX_DELTA_DAYS <= days <= _MAX_DELTA_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DELTA_DAYS))
    s, micro = divmod(rem, 1000000)
    self = object.__new__(cls or timedelta)
    self._days = days
    self._seconds = s
    self._microseconds = micro
    return self


timedelta.min = _td_from_us(-_MAX_DELTA_DAYS * _US_PER_DAY)
timedelta.max = _td_from_us((_MAX_DELTA_DAYS + 1) * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ---------------------------------------------------------------- tzinfo

def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or subclass")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


def _format_offset(off, sep=":"):
    """An offset as +HH:MM[:SS[.ffffff]] ('' for None)."""
    if off is None:
        return ""
    us = off._to_us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    s, us = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    out = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or us:
        out += "%s%02d" % (sep, s)
        if us:
            out += ".%06d" % us
    return out


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and "utc" in globals():
            return utc
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tname(self), self._offset)
        return "%s(%r, %r)" % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, name):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (name, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is None:
            if not self._offset:
                return "UTC"
            return "UTC" + _format_offset(self._offset)
        return self._name

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


utc = timezone._create(timedelta(0))
timezone.utc = utc
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = utc


# ---------------------------------------------------------------- date

class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            "datetime.IsoCalendarDate" if type(self) is IsoCalendarDate else type(self).__name__,
            self[0], self[1], self[2])


def _iso_week1_monday(year):
    jan4 = _ymd2ord(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _isocalendar(y, m, d):
    o = _ymd2ord(y, m, d)
    week1 = _iso_week1_monday(y)
    if o < week1:
        y -= 1
        week1 = _iso_week1_monday(y)
    elif y < MAXYEAR and o >= _iso_week1_monday(y + 1):
        y += 1
        week1 = _iso_week1_monday(y)
    week, day = divmod(o - week1, 7)
    return y, week + 1, day + 1


def _new_date(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


def _wrap_strftime(obj, fmt, timetuple):
    """Replace %z, %Z and %f (which time.strftime does not know about) first."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif c == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif c == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            if name is not None:
                out.append(name.replace("%", "%%"))
        else:
            out.append("%" + c)
    return _time.strftime("".join(out), timetuple)


def _parse_isodate(s):
    """YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D] -> (y, m, d); ValueError otherwise."""
    def num(t):
        if len(t) == 0 or not t.isdigit() or not t.isascii():
            raise ValueError
        return int(t)
    n = len(s)
    if n >= 8 and s[4] == "-" and s[5] != "W":
        if n != 10 or s[7] != "-":
            raise ValueError
        return num(s[0:4]), num(s[5:7]), num(s[8:10]), True
    if n >= 5 and (s[4] == "W" or (s[4] == "-" and s[5:6] == "W")):
        dash = s[4] == "-"
        y = num(s[0:4])
        rest = s[6:] if dash else s[5:]
        if len(rest) < 2:
            raise ValueError
        week = num(rest[0:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if rest[0] != "-" or len(rest) != 2:
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1:
                raise ValueError
            day = num(rest)
        if not 1 <= week <= (53 if _iso_long_year(y) else 52) or not 1 <= day <= 7:
            raise ValueError
        o = _iso_week1_monday(y) + (week - 1) * 7 + day - 1
        yy, mm, dd = _ord2ymd(o)
        return yy, mm, dd, True
    if n == 8:
        return num(s[0:4]), num(s[4:6]), num(s[6:8]), False
    raise ValueError


def _iso_long_year(y):
    # A year has 53 ISO weeks when it starts on a Thursday, or is leap and starts on a Wednesday.
    jan1 = (_ymd2ord(y, 1, 1) + 6) % 7
    return jan1 == 3 or (jan1 == 2 and _isleap(y))


class date:
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        y = _required(year, "year", 1)
        m = _required(month, "month", 2)
        d = _required(day, "day", 3)
        _check_date(y, m, d)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        tt = _time.localtime(_ts_int(t))
        return cls(tt[0], tt[1], tt[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            # As CPython 3.11: the length must be one a date can have, and what follows
            # the date at the start of the string is not looked at.
            if len(s) not in (7, 8, 10):
                raise ValueError
            if s[4:6] == "-W":
                n = 10 if len(s) > 8 else 8
            elif s[4:5] == "W":
                n = 8 if len(s) > 7 else 7
            else:
                n = _date_len(s)
            y, m, d, _ = _parse_isodate(s[:n])
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year, week, day = _index(year), _index(week), _index(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 1 <= week <= (53 if _iso_long_year(year) else 52):
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        o = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_ord2ymd(o))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tname(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = _time._DAYS[self.weekday()][:3]
        return "%s %s %2d 00:00:00 %04d" % (wd, _time._MONTHS[self._month][:3],
                                             self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        y = self._year if year is None else _index(year)
        m = self._month if month is None else _index(month)
        d = self._day if day is None else _index(day)
        return type(self)(y, m, d)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def _cmp_ok(self, other):
        if isinstance(other, date) and not isinstance(self, datetime) \
                and not isinstance(other, datetime):
            return True
        return False

    def __eq__(self, other):
        if isinstance(other, datetime) or not isinstance(other, date):
            return NotImplemented
        return self._dkey() == other._dkey()

    def __ne__(self, other):
        if isinstance(other, datetime) or not isinstance(other, date):
            return NotImplemented
        return self._dkey() != other._dkey()

    def _order(self, other):
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_tname(other), _tname(self)))
        if not isinstance(other, date):
            return None
        return _cmp(self._dkey(), other._dkey())

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._dkey())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                return _new_date(type(self), *_ord2ymd(o))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._dkey())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _ymd2ord(y, m, d) - _ymd2ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _ts_int(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return int(t // 1)
    if isinstance(t, int):
        return int(t)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


# ---------------------------------------------------------------- time

def _call_offset(tz, name, arg):
    if tz is None:
        return None
    return _check_offset(name, getattr(tz, name)(arg))


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _time_repr_fields(h, mi, s, us):
    if us:
        return "%d, %d, %d, %d" % (h, mi, s, us)
    if s:
        return "%d, %d, %d" % (h, mi, s)
    return "%d, %d" % (h, mi)


def _format_time(h, mi, s, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, mi)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, mi, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, mi, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


def _parse_isotime(s):
    """HH[:MM[:SS[.fff[fff]]]] or the basic forms, then an optional offset
    -> (h, m, s, us, tzinfo or None)."""
    tzpos = -1
    for i, c in enumerate(s):
        if c in "+-Z":
            tzpos = i
            break
    tpart = s if tzpos < 0 else s[:tzpos]
    if tzpos >= 0 and tpart[-1:] in (".", ","):
        # CPython accepts an empty fraction before an offset.
        tpart = tpart[:-1]
    h, mi, sec, us = _parse_hms(tpart)
    tz = None
    if tzpos >= 0:
        tzs = s[tzpos:]
        if tzs == "Z":
            tz = utc
        else:
            if len(tzs) < 3:
                raise ValueError
            sign = -1 if tzs[0] == "-" else 1
            if tzs[0] not in "+-":
                raise ValueError
            th, tm, ts, tus = _parse_hms(tzs[1:])
            td = timedelta(hours=th, minutes=tm, seconds=ts, microseconds=tus)
            tz = sign * td
    return h, mi, sec, us, tz


def _make_tz(off):
    """The tzinfo of a parsed ISO offset (None, or a timedelta checked by timezone())."""
    if off is None or isinstance(off, tzinfo):
        return off
    return utc if not off else timezone(off)


def _parse_hms(t):
    """HH, HHMM, HHMMSS, HH:MM, HH:MM:SS, each optionally with a fraction after '.' or ','
    (or, in the basic form, two or more digits straight after the seconds)."""
    def num(x):
        if len(x) != 2 or not x.isdigit() or not x.isascii():
            raise ValueError
        return int(x)
    frac = None
    cut = [k for k in (t.find("."), t.find(",")) if k >= 0]
    if cut:
        k = min(cut)
        t, frac = t[:k], t[k + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError
    if ":" in t:
        parts = t.split(":")
        if len(parts) > 3:
            raise ValueError
        vals = [num(p) for p in parts]
    else:
        if frac is None and len(t) >= 8:
            t, frac = t[:6], t[6:]
            if not frac.isdigit() or not frac.isascii():
                raise ValueError
        if len(t) not in (2, 4, 6):
            raise ValueError
        vals = [num(t[i:i + 2]) for i in range(0, len(t), 2)]
    while len(vals) < 3:
        vals.append(0)
    us = int((frac + "000000")[:6]) if frac else 0
    return vals[0], vals[1], vals[2], us


def _set_time_fields(obj, h, mi, s, us, tzinfo, fold):
    """The time-of-day part shared by `time` and `datetime` objects."""
    obj._hour, obj._minute, obj._second, obj._microsecond = h, mi, s, us
    obj._tzinfo, obj._fold, obj._hashcode = tzinfo, fold, -1


class _KeyOrdered:
    """The comparisons of `time` and `datetime`, from their `_cmpkey(other, eq)`: None
    for an operand of another kind (NotImplemented), False when the two cannot be equal
    (naive against aware, for ==), else a pair of keys that compare as the values do."""

    def __eq__(self, other):
        k = self._cmpkey(other, True)
        if k is None:
            return NotImplemented
        return k is not False and k[0] == k[1]

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        k = self._cmpkey(other, False)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmpkey(other, False)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmpkey(other, False)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmpkey(other, False)
        return NotImplemented if k is None else k[0] >= k[1]


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h, mi, s, us = _index(hour), _index(minute), _index(second), _index(microsecond)
        fold = _index(fold)
        _check_time(h, mi, s, us, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        _set_time_fields(self, h, mi, s, us, tzinfo, fold)
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s[:1] == "T" else s
        try:
            h, mi, sec, us, tz = _parse_isotime(t)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(h, mi, sec, us, _make_tz(tz))

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def __repr__(self):
        s = "%s(%s" % (_tname(self), _time_repr_fields(self._hour, self._minute, self._second,
                                                       self._microsecond))
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return s + ")"

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _cmpkey(self, other, eq):
        if not isinstance(other, time):
            return None
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            return ((self._hour, self._minute, self._second, self._microsecond),
                    (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if eq:
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._hour * 3600 + self._minute * 60 + self._second - myoff // timedelta(seconds=1)
        b = other._hour * 3600 + other._minute * 60 + other._second \
            - otoff // timedelta(seconds=1)
        return (a, self._microsecond), (b, other._microsecond)

    __eq__ = _KeyOrdered.__eq__
    __ne__ = _KeyOrdered.__ne__
    __lt__ = _KeyOrdered.__lt__
    __le__ = _KeyOrdered.__le__
    __gt__ = _KeyOrdered.__gt__
    __ge__ = _KeyOrdered.__ge__

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - off,
                      timedelta(hours=1))
        m //= timedelta(minutes=1)
        if 0 <= h < 24:
            return hash((h, m, self._second, self._microsecond))
        return hash((h, m, self._second, self._microsecond, 1))

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        y = _required(year, "year", 1)
        m = _required(month, "month", 2)
        d = _required(day, "day", 3)
        h, mi, s, us = _index(hour), _index(minute), _index(second), _index(microsecond)
        fold = _index(fold)
        _check_date(y, m, d)
        _check_time(h, mi, s, us, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = y, m, d
        _set_time_fields(self, h, mi, s, us, tzinfo, fold)
        return self

    # time's read-only fields: datetime objects hold the same attributes.
    hour, minute, second = time.hour, time.minute, time.second
    microsecond, tzinfo, fold = time.microsecond, time.tzinfo, time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc_, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (float("inf"), float("-inf")) or abs(t) > 1e18:
                raise OverflowError("timestamp out of range for platform time_t")
            n, d = t.as_integer_ratio()
            total_us = _round_half_even(n * 1000000, d)
        elif isinstance(t, int):
            total_us = int(t) * 1000000
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(t).__name__)
        secs, us = divmod(total_us, 1000000)
        if utc_:
            tt = _time.gmtime(secs)
        else:
            tt = _time.localtime(secs)
        y, m, d, hh, mm, ss = tt[:6]
        ss = min(ss, 59)
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        result = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute,
                   time_.second, time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) < 7:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            # The date part ends where the extended or basic form says it does.
            split = _date_len(s)
            y, m, d, _ = _parse_isodate(s[:split])
            if len(s) > split:
                rest = s[split + 1:]
                h, mi, sec, us, tz = _parse_isotime(rest)
            else:
                h = mi = sec = us = 0
                tz = None
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        tz = _make_tz(tz)
        if h == 24 and mi == sec == us == 0:
            raise ValueError("hour must be in 0..23")
        return cls(y, m, d, h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        for i, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (i + 1, type(arg).__name__))
        tt, tzname, gmtoff, fraction, gmtoff_fraction = _time._strptime(date_string, format)
        tz = None
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, tzname) if tzname else timezone(delta)
        return cls(*(tt[:6] + (fraction, tz)))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _build_struct_time(self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, 0)

    def _local_seconds(self):
        """Seconds since the epoch of this naive local time."""
        t = int(_time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                              self._second, -1, -1, -1)))
        # CPython probes the local time a day away (on the side the fold selects).
        y = _time.localtime(t + (86400 if self._fold else -86400)).tm_year
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError("year %d is out of range" % y)
        return t

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day,
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond,
            self._tzinfo if tzinfo is True else tzinfo,
            fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_seconds()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        lt = _time.localtime(ts)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc_ = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc_)

    def ctime(self):
        wd = _time._DAYS[self.weekday()][:3]
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            wd, _time._MONTHS[self._month][:3], self._day, self._hour, self._minute,
            self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        if self._tzinfo is None:
            return s
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, %s" % (_tname(self), self._year, self._month, self._day,
                                   _time_repr_fields(self._hour, self._minute, self._second,
                                                     self._microsecond))
        # datetime puts fold before tzinfo (time's repr has them the other way round).
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _naive_us(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _cmpkey(self, other, eq):
        """(a, b) comparable keys, False for "unequal" (== only), None for NotImplemented."""
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if eq:
                    return False
                raise TypeError("can't compare %s to %s" % (_tname(self), _tname(other)))
            return None
        if self._tzinfo is other._tzinfo:
            return self._naive_us(), other._naive_us()
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if (myoff is None) != (otoff is None):
            if eq:
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a = self._naive_us()
        b = other._naive_us()
        if myoff is not None:
            a -= myoff._to_us()
            b -= otoff._to_us()
        return a, b

    __eq__ = _KeyOrdered.__eq__
    __ne__ = _KeyOrdered.__ne__
    __lt__ = _KeyOrdered.__lt__
    __le__ = _KeyOrdered.__le__
    __gt__ = _KeyOrdered.__gt__
    __ge__ = _KeyOrdered.__ge__

    def __hash__(self):
        off = self.replace(fold=0).utcoffset() if self._fold else self.utcoffset()
        us = self._naive_us()
        if off is not None:
            us -= off._to_us()
        return hash(us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._naive_us() + other._to_us()
        days, rem = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        s, micro = divmod(rem, 1000000)
        mi, s = divmod(s, 60)
        h, mi = divmod(mi, 60)
        cls = type(self)
        if cls is datetime:
            r = object.__new__(datetime)
            r._year, r._month, r._day = y, m, d
            r._hour, r._minute, r._second, r._microsecond = h, mi, s, micro
            r._tzinfo = self._tzinfo
            r._fold = 0
            r._hashcode = -1
            return r
        return cls(y, m, d, h, mi, s, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a = self._naive_us()
        b = other._naive_us()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                a -= myoff._to_us()
                b -= otoff._to_us()
        return _td_from_us(a - b)

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


def _date_len(s):
    """Length of the date part at the start of an ISO 8601 datetime string."""
    if len(s) >= 5 and s[4] == "-":
        if s[5:6] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if len(s) >= 5 and s[4] == "W":
        return 8 if len(s) > 7 and s[7:8].isdigit() else 7
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=utc)
