# Generated corpus: datetime arithmetic, ordinals, ISO calendar and strftime over many
# random dates (random.Random(seed) is deterministic and identical to CPython's).
import random
from datetime import date, datetime, time, timedelta, timezone

r = random.Random(2024)
DIRECTIVES = "aAbBcdHIjmMpSUwWxXyYGuV%"
for _ in range(300):
    o = r.randint(1, date.max.toordinal())
    d = date.fromordinal(o)
    assert d.toordinal() == o
    dt = datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59),
                  r.randint(0, 59), r.choice([0, r.randint(0, 999999)]))
    delta = timedelta(days=r.randint(-5000, 5000), seconds=r.randint(-90000, 90000),
                      microseconds=r.randint(-10**6, 10**6))
    parts = [repr(dt), str(d), d.weekday(), d.isoweekday(), tuple(d.isocalendar()),
             d.timetuple().tm_yday]
    try:
        parts.append(repr(dt + delta))
    except OverflowError as e:
        parts.append("Overflow " + str(e))
    try:
        parts.append(str(d - delta))
    except OverflowError as e:
        parts.append("Overflow " + str(e))
    parts.append(repr(dt - datetime(2000, 1, 1)))
    parts.append(str(delta))
    parts.append(dt.isoformat())
    parts.append(dt.strftime(" ".join("%" + c for c in DIRECTIVES)))
    parts.append(date.fromisocalendar(*d.isocalendar()) == d)
    parts.append(datetime.fromisoformat(dt.isoformat()) == dt)
    print(*parts, sep=" | ")

for _ in range(300):
    a = timedelta(r.randint(-10**6, 10**6), r.randint(-10**5, 10**5), r.randint(-10**7, 10**7))
    b = timedelta(r.randint(-100, 100), r.randint(-10**5, 10**5), r.randint(-10**7, 10**7))
    n = r.randint(-1000, 1000) or 1
    f = r.uniform(-100, 100)
    out = [repr(a), str(a), a.total_seconds(), repr(a + b), repr(a - b), repr(a * n),
           repr(a * f), repr(a // n), repr(a / n), repr(a / f), a < b, a == b, abs(a)]
    if b:
        out += [a // b, a / b, repr(a % b), divmod(a, b)]
    print(*out, sep=" | ")

for _ in range(100):
    off = timedelta(minutes=r.randint(-1439, 1439))
    tz = timezone(off)
    dt = datetime(r.randint(1970, 2100), r.randint(1, 12), r.randint(1, 28),
                  r.randint(0, 23), r.randint(0, 59), tzinfo=tz)
    u = dt.astimezone(timezone.utc)
    print(repr(tz), str(tz), dt, u, u == dt, dt.timestamp(),
          datetime.fromtimestamp(dt.timestamp(), tz) == dt, dt.strftime("%z %Z"), sep=" | ")
