# Generated corpus: strftime -> strptime round trips over random datetimes and formats,
# plus time.strftime on random tuples with every directive and flag.
import random
import time
from datetime import datetime, timezone, timedelta

r = random.Random(77)
FORMATS = ["%Y-%m-%d %H:%M:%S", "%d/%m/%y %I:%M %p", "%A %d %B %Y", "%a %b %d %H:%M:%S %Y",
           "%Y%m%d%H%M%S%f", "%j %Y %H", "%Y %U %w", "%Y %W %a", "%G %V %u", "%c", "%x %X",
           "%Y-%m-%dT%H:%M:%S.%f%z", "%b %d, %Y", "%B %-d %Y" if False else "%B %d %Y",
           "%H%M", "%y%m%d", "%I %p %M"]
for _ in range(250):
    dt = datetime(r.randint(1900, 2099), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                  r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999),
                  tzinfo=timezone(timedelta(minutes=r.randint(-900, 900))))
    fmt = r.choice(FORMATS)
    s = dt.strftime(fmt)
    try:
        back = datetime.strptime(s, fmt)
        print(fmt, "|", s, "|", repr(back))
    except ValueError as e:
        print(fmt, "|", s, "| ValueError", e)
    ts = time.strptime(s.split(".")[0], fmt.split(".")[0]) if "%z" not in fmt else None
    print("   ", ts)

FLAGS = ["", "", "-", "_", "0", "^", "#"]
LETTERS = "aAbBcCdDeFgGhHIjklmMnpPrRSTuUVwWxXyYzZ%"
WIDTHS = ["10", "-3", "_4", "05"]
NUMERIC = "CdegGHIjklmMSuUVwWyY"
for _ in range(150):
    y = r.randint(1, 9999)
    t = (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
         r.randint(0, 61), r.randint(0, 6), r.randint(1, 366), r.randint(-1, 1))
    fmt = " ".join("%" + r.choice(FLAGS) + r.choice(LETTERS) for _ in range(6))
    fmt += " %" + r.choice(WIDTHS) + r.choice(NUMERIC)
    print(repr(fmt), repr(time.strftime(fmt, t)))

for s, f in [("2024-03-10", "%Y-%m-%d"), ("  7:05PM", " %I:%M%p"), ("Sunday week 10 2024", "%A week %U %Y"),
             ("366 2024", "%j %Y"), ("367 2024", "%j %Y"), ("1 Jan", "%d %b"), ("12", "%m"),
             ("13", "%m"), ("2024-01-01 UTC", "%Y-%m-%d %Z"), ("2024 EST", "%Y %Z")]:
    try:
        print(s, f, time.strptime(s, f))
    except ValueError as e:
        print(s, f, "ValueError", e)
