"""IANA time zone support (PEP 615), tessera's own implementation.

Zones are read from the compiled TZif files (RFC 8536, versions 1 to 3) found on
``TZPATH``.  Instants after a file's last transition follow the POSIX TZ string in the
file's footer.  Local times that are skipped or repeated by a transition are resolved
with ``fold`` as PEP 495 describes."""

import os
from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
                   "/etc/zoneinfo")

# Days from 0001-01-01 (ordinal 1) to 1970-01-01.
_EPOCH_ORD = 719163
_DAY = 86400


class ZoneInfoNotFoundError(KeyError):
    """Raised when no time zone file exists for a key."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


TZPATH = ()


def _checked_paths(paths, from_env):
    if isinstance(paths, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(paths), paths))
    kept = []
    relative = []
    for p in paths:
        if os.path.isabs(p):
            kept.append(p)
        else:
            relative.append(p)
    if relative:
        if from_env:
            import warnings
            warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                          "Paths should be absolute but found the following relative paths:"
                          "\n    " + "\n    ".join(relative), InvalidTZPathWarning)
        else:
            raise ValueError("Paths should be absolute but found the following relative "
                             "paths:\n    " + "\n    ".join(relative))
    return tuple(kept)


def reset_tzpath(to=None):
    """Set TZPATH to `to`, or (when None) to PYTHONTZPATH or the platform default."""
    global TZPATH
    if to is None:
        env = os.environ.get("PYTHONTZPATH")
        if env is None:
            TZPATH = _DEFAULT_TZPATH
        else:
            TZPATH = _checked_paths([p for p in env.split(os.pathsep) if p], True)
    else:
        TZPATH = _checked_paths(to, False)


def _check_key(key):
    if isinstance(key, bytes):
        raise TypeError("Can't mix strings and bytes in path components")
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(key).__name__)
    if key.startswith("/"):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    if os.path.normpath(key) != key:
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if key == ".." or key.startswith("../"):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _open_key(key):
    _check_key(key)
    for base in TZPATH:
        path = os.path.join(base, key)
        if os.path.isfile(path):
            return open(path, "rb")
    raise ZoneInfoNotFoundError("No time zone found with key %s" % key)


def available_timezones():
    """The set of every valid key found on TZPATH (posix/, right/ and posixrules left out)."""
    found = set()
    for base in TZPATH:
        if not os.path.isdir(base):
            continue
        pending = [""]
        while pending:
            rel = pending.pop()
            folder = os.path.join(base, rel) if rel else base
            try:
                names = os.listdir(folder)
            except OSError:
                continue
            for name in names:
                sub = rel + "/" + name if rel else name
                full = os.path.join(folder, name)
                if os.path.isdir(full):
                    if sub not in ("posix", "right"):
                        pending.append(sub)
                    continue
                if sub == "posixrules" or "." in name:
                    continue
                try:
                    with open(full, "rb") as fh:
                        if fh.read(4) == b"TZif":
                            found.add(sub)
                except OSError:
                    pass
    return found


# ---------------------------------------------------------------------------------------
# What a zone is in at one instant.

class _Period:
    __slots__ = ("offset", "dst", "name", "secs")

    def __init__(self, secs, dst_secs, name):
        self.secs = secs
        self.offset = timedelta(seconds=secs)
        self.dst = timedelta(seconds=dst_secs)
        self.name = name

    def same(self, other):
        return self.secs == other.secs and self.dst == other.dst and self.name == other.name


# ---------------------------------------------------------------------------------------
# Reading TZif data.

def _ints(blob, at, count, size):
    out = []
    for i in range(count):
        start = at + i * size
        out.append(int.from_bytes(blob[start:start + size], "big", signed=True))
    return out


def _parse_tzif(blob):
    """(transition UTC seconds, period indices, [(utoff, isdst, abbr)], footer or None)."""
    if blob[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = blob[4:5]

    def header(at):
        counts = _ints(blob, at + 20, 6, 4)
        for c in counts:
            if c < 0:
                raise ValueError("Invalid TZif file: negative count")
        return counts

    isut, isstd, leap, timecnt, typecnt, charcnt = header(0)
    at = 44
    tsize = 4
    if version not in (b"\x00", b"") and blob[at + timecnt * 5 + typecnt * 6 + charcnt
                                               + leap * 8 + isstd + isut:][:4] == b"TZif":
        at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
        isut, isstd, leap, timecnt, typecnt, charcnt = header(at)
        at += 44
        tsize = 8
    times = _ints(blob, at, timecnt, tsize)
    at += timecnt * tsize
    indices = list(blob[at:at + timecnt])
    at += timecnt
    raw_types = []
    for i in range(typecnt):
        rec = blob[at + i * 6:at + i * 6 + 6]
        raw_types.append((int.from_bytes(rec[:4], "big", signed=True), rec[4], rec[5]))
    at += typecnt * 6
    chars = blob[at:at + charcnt]
    at += charcnt + leap * (tsize + 4) + isstd + isut
    types = []
    for utoff, isdst, idx in raw_types:
        end = chars.find(b"\x00", idx)
        if end < 0:
            end = len(chars)
        types.append((utoff, isdst, chars[idx:end].decode("ascii", "replace")))
    footer = None
    if tsize == 8:
        rest = blob[at:]
        if rest[:1] == b"\n":
            close = rest.find(b"\n", 1)
            if close > 0:
                footer = rest[1:close].decode("ascii")
    if not types:
        raise ValueError("Invalid TZif file: no local time types")
    return times, indices, types, footer


def _dst_amounts(indices, types):
    """TZif records only whether a period is DST; the DST amount is inferred as the
    difference from the standard offset of a neighbouring transition."""
    amounts = {}
    n = len(indices)
    for i, ti in enumerate(indices):
        utoff, isdst, _ = types[ti]
        if not isdst or ti in amounts:
            continue
        found = None
        for j in (i - 1, i + 1):
            if 0 <= j < n:
                o, d, _ = types[indices[j]]
                if not d and o != utoff:
                    found = utoff - o
                    break
        if found is None:
            continue
        amounts[ti] = found
    return amounts


# ---------------------------------------------------------------------------------------
# POSIX TZ strings (the footer): "std offset [dst [offset] [,start[/time],end[/time]]]".

class _TZStringReader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self):
        raise ValueError("%s is not a valid TZ string" % self.text)

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def name(self):
        t = self.text
        if self.peek() == "<":
            close = t.find(">", self.pos)
            if close < 0:
                self.fail()
            word = t[self.pos + 1:close]
            self.pos = close + 1
        else:
            start = self.pos
            while self.pos < len(t) and t[self.pos].isalpha():
                self.pos += 1
            word = t[start:self.pos]
        if len(word) < 3:
            self.fail()
        return word

    def number(self):
        start = self.pos
        while self.peek().isdigit():
            self.pos += 1
        if start == self.pos:
            self.fail()
        return int(self.text[start:self.pos])

    def clock(self, limit):
        sign = 1
        if self.peek() in ("+", "-"):
            sign = -1 if self.peek() == "-" else 1
            self.pos += 1
        total = self.number()
        if total > limit:
            self.fail()
        total *= 3600
        for scale in (60, 1):
            if self.peek() != ":":
                break
            self.pos += 1
            part = self.number()
            if part > 59:
                self.fail()
            total += part * scale
        return sign * total

    def date(self):
        c = self.peek()
        if c == "J":
            self.pos += 1
            n = self.number()
            if not 1 <= n <= 365:
                self.fail()
            spec = ("J", n)
        elif c == "M":
            self.pos += 1
            m = self.number()
            if self.peek() != ".":
                self.fail()
            self.pos += 1
            w = self.number()
            if self.peek() != ".":
                self.fail()
            self.pos += 1
            d = self.number()
            if not (1 <= m <= 12 and 1 <= w <= 5 and 0 <= d <= 6):
                self.fail()
            spec = ("M", m, w, d)
        else:
            n = self.number()
            if n > 365:
                self.fail()
            spec = ("N", n)
        at = 7200
        if self.peek() == "/":
            self.pos += 1
            at = self.clock(167)
        return spec, at


def _year_start(y):
    """Days from the epoch to January 1 of year `y`."""
    p = y - 1
    return 365 * p + p // 4 - p // 100 + p // 400 + 1 - _EPOCH_ORD


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _rule_day(spec, y):
    """Days from the epoch to the day `spec` names in year `y`."""
    jan1 = _year_start(y)
    kind = spec[0]
    if kind == "J":
        n = spec[1]
        return jan1 + n - 1 + (1 if _is_leap(y) and n >= 60 else 0)
    if kind == "N":
        return jan1 + spec[1]
    _, m, w, d = spec
    first = jan1 + sum(_MONTH_DAYS[:m - 1]) + (1 if m > 2 and _is_leap(y) else 0)
    length = _MONTH_DAYS[m - 1] + (1 if m == 2 and _is_leap(y) else 0)
    # 1970-01-01 was a Thursday (Sunday-based weekday 4).
    first_wd = (first + 4) % 7
    day = (d - first_wd) % 7 + 7 * (w - 1)
    while day >= length:
        day -= 7
    return first + day


class _Rule:
    """The zone's behaviour after its last listed transition."""

    def __init__(self, text):
        r = _TZStringReader(text)
        std_name = r.name()
        std = -r.clock(24)
        self.std = _Period(std, 0, std_name)
        self.dst = None
        if r.pos < len(text):
            dst_name = r.name()
            if r.peek() not in (",", ""):
                dst = -r.clock(24)
            else:
                dst = std + 3600
            self.dst = _Period(dst, dst - std, dst_name)
            if r.peek() != ",":
                r.fail()
            r.pos += 1
            self.start = r.date()
            if r.peek() != ",":
                r.fail()
            r.pos += 1
            self.end = r.date()
        if r.pos != len(text):
            r.fail()
        self._years = {}

    def year_changes(self, y):
        """[(utc, before, after)] for the two changes of year `y`."""
        got = self._years.get(y)
        if got is None:
            std, dst = self.std, self.dst
            (sday, stime), (eday, etime) = self.start, self.end
            on = _rule_day(sday, y) * _DAY + stime - std.secs
            off = _rule_day(eday, y) * _DAY + etime - dst.secs
            got = sorted([(on, std, dst), (off, dst, std)], key=lambda c: c[0])
            self._years[y] = got
        return got

    def changes_near(self, y):
        return self.year_changes(y - 1) + self.year_changes(y) + self.year_changes(y + 1)


def _local_bound(when, before, after, fold):
    """Local wall-clock second from which `after` applies, for the given fold."""
    if fold:
        return when + min(before.secs, after.secs)
    return when + max(before.secs, after.secs)


def _pick_local(changes, first, secs, fold):
    found = first
    for when, before, after in changes:
        if secs >= _local_bound(when, before, after, fold):
            found = after
        else:
            break
    return found


def _pick_utc(changes, first, secs):
    """(period, fold) for the UTC second `secs` among sorted `changes`."""
    found = first
    fold = 0
    for when, before, after in changes:
        if secs >= when:
            found = after
            fold = 1 if secs < when + before.secs - after.secs else 0
        else:
            break
    return found, fold


# ---------------------------------------------------------------------------------------

def _dt_secs(dt):
    return ((dt.toordinal() - _EPOCH_ORD) * _DAY + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class _Zone:
    """The parsed content of one TZif file."""

    def __init__(self, blob):
        times, indices, types, footer = _parse_tzif(blob)
        amounts = _dst_amounts(indices, types)
        periods = []
        for i, (utoff, isdst, abbr) in enumerate(types):
            periods.append(_Period(utoff, amounts.get(i, 3600) if isdst else 0, abbr))
        self.first = periods[0]
        self.utc = times
        self.after = [periods[i] for i in indices]
        self.befores = [self.first] + self.after[:-1]
        self.rule = None
        if footer:
            self.rule = _Rule(footer)
        self.bound0 = [_local_bound(t, b, a, 0)
                       for t, b, a in zip(times, self.befores, self.after)]
        self.bound1 = [_local_bound(t, b, a, 1)
                       for t, b, a in zip(times, self.befores, self.after)]
        self.fixed = None
        if not times:
            if self.rule is None:
                self.fixed = self.first
            elif self.rule.dst is None:
                self.fixed = self.rule.std
        elif self.rule is not None and self.rule.dst is None and len(periods) == 1:
            self.fixed = self.rule.std

    def local(self, dt):
        secs = _dt_secs(dt)
        fold = dt.fold
        bounds = self.bound1 if fold else self.bound0
        idx = bisect_right(bounds, secs) - 1
        if idx < 0:
            if self.utc or self.rule is None:
                return self.first
        elif idx < len(self.utc) - 1 or self.rule is None:
            return self.after[idx]
        rule = self.rule
        if rule.dst is None:
            return rule.std
        changes = rule.changes_near(dt.year)
        return _pick_local(changes, changes[0][1], secs, fold)

    def from_utc(self, secs, year):
        idx = bisect_right(self.utc, secs) - 1
        if idx < 0 and (self.utc or self.rule is None):
            return self.first, 0
        fold = 0
        if idx >= 0:
            when, before, after = self.utc[idx], self.befores[idx], self.after[idx]
            if secs < when + before.secs - after.secs:
                fold = 1
            if idx < len(self.utc) - 1 or self.rule is None:
                return after, fold
        rule = self.rule
        if rule.dst is None:
            return rule.std, fold
        changes = rule.changes_near(year)
        found, rule_fold = _pick_utc(changes, changes[0][1], secs)
        return found, fold or rule_fold


# ---------------------------------------------------------------------------------------

class ZoneInfo(tzinfo):
    """A concrete tzinfo for an IANA time zone key, e.g. ZoneInfo("Europe/Paris")."""

    _cache = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._cache = {}

    def __new__(cls, key):
        got = cls._cache.get(key)
        if got is None:
            got = cls._load(key)
            got._from_cache = True
            got = cls._cache.setdefault(key, got)
        return got

    @classmethod
    def _load(cls, key):
        with _open_key(key) as fh:
            blob = fh.read()
        self = tzinfo.__new__(cls)
        self._key = key
        self._label = None
        self._from_cache = False
        self._zone = _Zone(blob)
        return self

    @classmethod
    def no_cache(cls, key):
        """A fresh instance that bypasses (and does not populate) the cache."""
        return cls._load(key)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """Build a zone from a binary file object holding TZif data."""
        self = tzinfo.__new__(cls)
        self._key = key
        self._label = None if key is not None else repr(fobj)
        self._from_cache = False
        self._zone = _Zone(fobj.read())
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for k in only_keys:
                cls._cache.pop(k, None)

    @property
    def key(self):
        return self._key

    def _period(self, dt):
        if dt is None:
            return self._zone.fixed
        if not isinstance(dt, datetime):
            # CPython reaches for dt.toordinal() here.
            raise AttributeError("'%s' object has no attribute 'toordinal'"
                                 % type(dt).__name__)
        return self._zone.local(dt)

    def utcoffset(self, dt):
        p = self._period(dt)
        return None if p is None else p.offset

    def dst(self, dt):
        p = self._period(dt)
        return None if p is None else p.dst

    def tzname(self, dt):
        p = self._period(dt)
        return None if p is None else p.name

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        period, fold = self._zone.from_utc(_dt_secs(dt), dt.year)
        out = dt + period.offset
        if fold:
            out = out.replace(fold=1)
        return out

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return "%s(key=%r)" % (_class_path(type(self)), self._key)
        return "%s.from_file(%s)" % (_class_path(type(self)), self._label)

    def __reduce__(self):
        if self._key is None:
            raise _pickling_error()("Cannot pickle a ZoneInfo file from a file stream.")
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


def _pickling_error():
    try:
        from pickle import PicklingError
    except ImportError:
        class PicklingError(Exception):
            pass
        PicklingError.__module__ = "pickle"
    return PicklingError


def _class_path(cls):
    if cls is ZoneInfo:
        return "zoneinfo.ZoneInfo"
    mod = cls.__module__
    if mod in (None, "__main__", "builtins"):
        return cls.__qualname__
    return "%s.%s" % (mod, cls.__qualname__)


ZoneInfoNotFoundError.__module__ = "zoneinfo"
reset_tzpath()
