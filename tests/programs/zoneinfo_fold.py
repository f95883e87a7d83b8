# zoneinfo and PEP 495: local times in gaps and folds, both values of fold, fromutc's fold,
# arithmetic and comparison across DST changes, isoformat/strftime.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

CASES = [
    ("America/New_York", [(2021, 3, 14, 1, 59), (2021, 3, 14, 2, 0), (2021, 3, 14, 2, 30),
                          (2021, 3, 14, 3, 0), (2021, 11, 7, 0, 59), (2021, 11, 7, 1, 0),
                          (2021, 11, 7, 1, 59), (2021, 11, 7, 2, 0), (2045, 3, 12, 2, 15),
                          (2045, 11, 5, 1, 15), (1918, 3, 31, 2, 30)]),
    ("Europe/London", [(2022, 3, 27, 1, 30), (2022, 10, 30, 1, 30), (1941, 5, 4, 2, 30),
                       (2070, 3, 30, 1, 0), (2070, 10, 26, 1, 0)]),
    ("Australia/Sydney", [(2022, 4, 3, 2, 30), (2022, 10, 2, 2, 30), (2090, 4, 2, 2, 59)]),
    ("Australia/Lord_Howe", [(2022, 4, 3, 1, 45), (2022, 10, 2, 2, 15)]),
    ("Europe/Dublin", [(2022, 3, 27, 1, 30), (2022, 10, 30, 1, 30)]),
    ("Pacific/Apia", [(2011, 12, 30, 12, 0), (2011, 12, 29, 23, 59)]),
    ("America/Sao_Paulo", [(2018, 11, 4, 0, 30), (2019, 2, 16, 23, 30)]),
    ("Asia/Tokyo", [(2022, 1, 1, 0, 0)]),
]

for key, items in CASES:
    z = ZoneInfo(key)
    print(key)
    for parts in items:
        for fold in (0, 1):
            d = datetime(*parts, tzinfo=z, fold=fold)
            u = d.astimezone(timezone.utc)
            again = u.astimezone(z)
            print("  %s fold=%d off=%s dst=%s %s -> %s -> %s fold=%d" % (
                d.isoformat(), fold, d.utcoffset(), d.dst(), d.tzname(), u.isoformat(),
                again.isoformat(), again.fold))

ny = ZoneInfo("America/New_York")
u = datetime(2021, 11, 7, 4, 0, tzinfo=timezone.utc)
for i in range(7):
    loc = (u + timedelta(minutes=30 * i)).astimezone(ny)
    print(repr(loc), loc.strftime("%Y-%m-%d %H:%M %Z %z"))

d = datetime(2021, 3, 13, 12, tzinfo=ny)
print(d + timedelta(days=1), (d + timedelta(days=1)) - d)
print((d + timedelta(days=1)).astimezone(timezone.utc) - d.astimezone(timezone.utc))
a = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
b = datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=ny)
print(a == b, a.replace(fold=1) is not None, b - a, b.timestamp() - a.timestamp())
print(a.timestamp(), b.timestamp(), datetime.fromtimestamp(b.timestamp(), ny))
print(datetime.fromtimestamp(1636263000, ny), datetime.fromtimestamp(1636266600, ny).fold)
paris = ZoneInfo("Europe/Paris")
x = datetime(2022, 7, 14, 12, tzinfo=paris)
print(x.astimezone(ny), x.astimezone(ZoneInfo("Asia/Kolkata")), x.timetuple().tm_isdst)
print(datetime(2022, 1, 14, 12, tzinfo=paris).timetuple().tm_isdst)
print(x.utctimetuple()[:6], x.isoformat(timespec="minutes"))
print(datetime.now(ny).tzinfo is ny, datetime.now(tz=paris).tzname() in ("CET", "CEST"))
