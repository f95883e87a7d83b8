# Generated corpus: csv writer/reader round trips with every quoting mode, lineterminators and
# NONNUMERIC numbers, plus DictReader on random text.
import csv, io, random
r = random.Random(21)
CH = ['a', ',', '"', "'", '\\', ' ', '\n', '\r', ';', '1', '.', '#', '-', 'e']
for i in range(1500):
    params = {}
    if r.random() < 0.4: params["lineterminator"] = r.choice(["\n", "#", "\r", "ab"])
    if r.random() < 0.3: params["escapechar"] = r.choice(["\\", "#"])
    if r.random() < 0.3: params["doublequote"] = False
    if r.random() < 0.5: params["quoting"] = r.choice([0, 1, 2, 3])
    if r.random() < 0.2: params["quotechar"] = r.choice(["'", None])
    row = [r.choice(["".join(r.choice(CH) for _ in range(r.randint(0, 4))), r.randint(-5, 5), r.random() * 10, None])
           for _ in range(r.randint(0, 3))]
    buf = io.StringIO()
    try:
        n = csv.writer(buf, **params).writerow(row)
        w = repr(buf.getvalue())
        try:
            back = list(csv.reader(io.StringIO(buf.getvalue(), newline=""), **params))
        except Exception as e:
            back = type(e).__name__ + ": " + str(e)
    except Exception as e:
        n, w, back = None, type(e).__name__ + ": " + str(e), None
    print(params, repr(row), n, w, back)
    text = "".join(r.choice(CH) for _ in range(r.randint(0, 20)))
    try:
        d = list(csv.DictReader(io.StringIO(text, newline=""), restkey="R", restval="V"))
    except Exception as e:
        d = type(e).__name__ + ": " + str(e)
    print("  ", repr(text), d)
