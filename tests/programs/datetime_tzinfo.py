# datetime: tzinfo subclasses, aware arithmetic, subclasses of date/datetime, local-time relations.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "Fixed(%r)" % self.name


class Summer(tzinfo):
    """UTC+1, plus one hour of DST from April to September."""

    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.month <= 9:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return "CEST" if self.dst(dt) else "CET"


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


ny = Fixed(-300, "EST")
sm = Summer()
a = datetime(2024, 1, 15, 12, 0, tzinfo=ny)
b = datetime(2024, 7, 15, 12, 0, tzinfo=sm)
print(a, b, a.tzname(), b.tzname(), a.utcoffset(), b.dst(), repr(a))
print(a.astimezone(sm), b.astimezone(ny), b - a, a < b, a == a.astimezone(sm))
print(a.timetuple().tm_isdst, b.timetuple().tm_isdst, b.utctimetuple())
print(datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(sm), sm.fromutc(datetime(2024, 6, 1, tzinfo=sm)))
print(a.strftime("%H:%M %Z %z"), b.strftime("%Z%%%z"), time(3, tzinfo=ny).strftime("%Z %z"))
print(time(12, tzinfo=ny) < time(12, tzinfo=timezone.utc), time(17, tzinfo=timezone.utc) == time(12, tzinfo=ny))
print(hash(time(17, tzinfo=timezone.utc)) == hash(time(12, tzinfo=ny)))
print(hash(a) == hash(a.astimezone(timezone.utc)), len({a, a.astimezone(timezone.utc), a.astimezone(sm)}))
for expr in ["datetime(2024,1,1,tzinfo=Bad()).utcoffset()", "datetime(2024,1,1,tzinfo=Bad()).tzname()",
             "tzinfo().fromutc(datetime(2024,1,1))", "sm.fromutc(datetime(2024,1,1))",
             "timezone.utc.fromutc(datetime(2024,1,1))", "timezone.utc.utcoffset(5)",
             "datetime(2024,1,1,tzinfo=Fixed(1440, 'X')).utcoffset()"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class MyDate(date):
    def double_day(self):
        return self.day * 2


class MyDT(datetime):
    pass


md = MyDate(2024, 2, 3)
print(repr(md), md.double_day(), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__)
print(type(MyDT(2024, 1, 1) + timedelta(1)).__name__, type(MyDT.fromisoformat("2024-01-01")).__name__)
print(type(MyDT.strptime("2024", "%Y")).__name__, repr(MyDT(2024, 5, 6, 7)), isinstance(MyDT(2024, 1, 1), date))
print(copy.copy(a) == a, copy.deepcopy(timedelta(3)), copy.copy(time(1)))
print(timezone.min, timezone.max, repr(timezone.min), timezone.utc is timezone(timedelta(0)))

now = datetime.now()
print(type(now).__name__, now.tzinfo, type(date.today()).__name__, date.today() == now.date() or date.today() > now.date())
aware = datetime.now(timezone.utc)
print(aware.tzinfo, abs(aware - datetime.now(timezone.utc)) < timedelta(seconds=5))
print(abs(datetime.utcnow() - aware.replace(tzinfo=None)) < timedelta(seconds=5))
loc = datetime.fromtimestamp(86400 * 365)
print(type(loc).__name__, loc.timestamp() == 86400 * 365, datetime(2001, 1, 1).astimezone().tzinfo is not None)
print(datetime.fromtimestamp(1e9 + 0.5, timezone.utc), datetime.utcfromtimestamp(-1.25), date.fromtimestamp(0).year in (1969, 1970))
print(datetime.fromtimestamp(1234567890.0000005, timezone.utc).microsecond, datetime.fromtimestamp(1234567890.0000015, timezone.utc).microsecond)
