# Generated corpus: time.strptime and datetime.strptime on random formats (no repeated
# directive, which CPython rejects through re.error) and random or strftime-made strings.
import random, time
from datetime import datetime
r = random.Random(3)
DIRS = "dHIjmMSUwWyYfbBaApzZ%"
CH = "0123456789 -:/.,+APMamjanJANFebMonday TUE"
for i in range(1200):
    fmt = "".join(r.choice(["%" + r.choice(DIRS), r.choice(" -:/.%"), r.choice(DIRS)]) for _ in range(r.randint(1, 4)))
    ds = [fmt[k + 1] for k in range(len(fmt) - 1) if fmt[k] == "%"]
    if len(ds) != len(set(ds)) or "%%" in fmt:
        continue
    s = "".join(r.choice(CH) for _ in range(r.randint(0, 10)))
    if r.random() < 0.5:
        try:
            s = datetime(r.randint(1900, 2050), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)).strftime(fmt.replace("%z", "").replace("%Z", ""))
        except Exception:
            pass
    try:
        res = repr(time.strptime(s, fmt))
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    try:
        res2 = repr(datetime.strptime(s, fmt))
    except Exception as e:
        res2 = type(e).__name__ + ": " + str(e)
    print(repr(fmt), repr(s), res, res2)
