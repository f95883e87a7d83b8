# zoneinfo's API: keys, cache, no_cache, from_file (hand-built TZif v1/v2/v3 data with
# POSIX TZ footers), errors, repr/str, pickling, available_timezones, reset_tzpath.
import io
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print("ok", r if isinstance(r, (str, int, bool, type(None))) else repr(r))
    except Exception as e:
        print(type(e).__name__, str(e))


print(zoneinfo.__all__)
print(ZoneInfoNotFoundError.__mro__[1:], issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
print(type(zoneinfo.TZPATH).__name__, all(p.startswith("/") for p in zoneinfo.TZPATH))
for key in ["Foo/Bar", "../etc", "/etc/passwd", "America/", "", "America//New_York",
            "a/./b", "a/../b", "UTC ", "utc", "America", 5, None, b"UTC"]:
    show(ZoneInfo, key)
try:
    ZoneInfo("No/Such_Zone")
except KeyError as e:
    print("KeyError caught:", repr(e), e.args)

z = ZoneInfo("America/New_York")
print(z is ZoneInfo("America/New_York"), z.key, str(z), repr(z))
n = ZoneInfo.no_cache("America/New_York")
print(n is z, n == z, repr(n), n is ZoneInfo.no_cache("America/New_York"))
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
print(z is ZoneInfo("America/New_York"))
ZoneInfo.clear_cache()
z2 = ZoneInfo("America/New_York")
print(z2 is z, z2 == z, z2 is ZoneInfo("America/New_York"))

for key in ["UTC", "EST", "Etc/GMT+5", "Etc/GMT-14", "America/New_York", "Asia/Kolkata"]:
    t = ZoneInfo(key)
    print(key, t.utcoffset(None), t.dst(None), t.tzname(None))
show(z.utcoffset, 5)
show(z.fromutc, datetime(2020, 1, 1))
show(z.fromutc, 5)
show(z.fromutc, datetime(2020, 1, 1, tzinfo=timezone.utc))
print(isinstance(z, __import__("datetime").tzinfo))

# What pickling uses (tessera has no pickle module yet): __reduce__ and its constructor.
f, args = z.__reduce__()
print(args, f(*args) is z)
f, args = n.__reduce__()
print(args, f(*args) is z, f(*args) is n, repr(f(*args)))


class Sub(ZoneInfo):
    pass


s = Sub("UTC")
print(repr(s), s is Sub("UTC"), s is ZoneInfo("UTC"), isinstance(s, ZoneInfo))

avail = zoneinfo.available_timezones()
print(type(avail).__name__, len(avail) > 300)
print([k in avail for k in ["America/New_York", "Europe/Paris", "UTC", "Etc/GMT+5",
                             "posixrules", "zone.tab", "posix/UTC", "right/UTC", "tzdata.zi"]])


def tzif(version, times, idxs, types, chars, footer=None):
    """TZif bytes: v1 block (32-bit), and for v2+ a 64-bit block and the footer."""
    def block(size):
        out = [b"TZif" + version + bytes(15)]
        for c in (0, 0, 0, len(times), len(types), len(chars)):
            out.append(c.to_bytes(4, "big"))
        for t in times:
            out.append(t.to_bytes(size, "big", signed=True))
        out.append(bytes(idxs))
        for off, isdst, ci in types:
            out.append(off.to_bytes(4, "big", signed=True) + bytes([isdst, ci]))
        out.append(chars)
        return b"".join(out)
    data = block(4)
    if version != b"\x00":
        data += block(8) + b"\n" + footer.encode() + b"\n"
    return data


CH = b"LMT\x00AAA\x00BBB\x00"
v1 = tzif(b"\x00", [-1000000000, 0, 1000000], [1, 2, 1],
          [(1234, 0, 0), (3600, 0, 4), (7200, 1, 8)], CH)
v2 = tzif(b"2", [0], [1], [(-3000, 0, 0), (-18000, 0, 4)], CH, "AAA5BBB,M3.2.0,M11.1.0")
v3 = tzif(b"3", [0], [1], [(0, 0, 0), (3600, 0, 4)], CH, "AAA-1BBB,J60/-1,300/26")
fixed = tzif(b"2", [], [], [(19800, 0, 4)], CH, "AAA-5:30")
south = tzif(b"2", [], [], [(36000, 0, 4)], CH, "<+10>-10<+11>,M10.1.0,M4.1.0/3")
neg = tzif(b"2", [], [], [(3600, 0, 4)], CH, "AAA-1BBB0,M10.5.0,M3.5.0/1")
for name, data in [("v1", v1), ("v2", v2), ("v3", v3), ("fixed", fixed), ("south", south),
                   ("neg", neg)]:
    t = ZoneInfo.from_file(io.BytesIO(data), key=name)
    print(name, repr(t), str(t), t.key, t.utcoffset(None), t.tzname(None))
    for y, m, d, h in [(1930, 1, 1, 0), (1969, 12, 31, 23), (1970, 1, 1, 0), (1970, 1, 12, 15),
                       (1970, 1, 12, 14), (2000, 2, 29, 0), (2000, 3, 1, 0), (2000, 10, 27, 0),
                       (2001, 3, 1, 0), (2021, 3, 14, 2), (2021, 7, 1, 0), (2021, 10, 3, 2),
                       (2021, 10, 31, 1), (2021, 11, 7, 1), (2021, 4, 4, 2)]:
        for fold in (0, 1):
            dt = datetime(y, m, d, h, 30, tzinfo=t, fold=fold)
            print("  %s f%d %s %s %s | %s" % (dt.isoformat(), fold, dt.utcoffset(), dt.dst(),
                                               dt.tzname(),
                                               dt.astimezone(timezone.utc).astimezone(t)))
anon = ZoneInfo.from_file(io.BytesIO(v2))
print(anon.key, str(anon) == repr(anon), repr(anon).startswith("zoneinfo.ZoneInfo.from_file(<"))
try:
    anon.__reduce__()
except Exception as e:
    print(type(e).__name__, e)
show(ZoneInfo.from_file, io.BytesIO(b"not a tzif file at all............................"))

old = zoneinfo.TZPATH
show(zoneinfo.reset_tzpath, ["relative/path"])
show(zoneinfo.reset_tzpath, "/a:/b")
zoneinfo.reset_tzpath(["/nonexistent/zones"])
print(zoneinfo.TZPATH)
show(ZoneInfo, "Europe/Rome")
show(ZoneInfo.no_cache, "America/New_York")
zoneinfo.reset_tzpath(old)
print(zoneinfo.TZPATH == old, ZoneInfo("Europe/Rome").key)
