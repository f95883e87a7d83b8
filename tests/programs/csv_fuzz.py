# Generated corpus: csv reader and writer on random text, rows and dialect parameters.
import csv, io, random
r = random.Random(4)
CH = ['a', ',', '"', "'", '\\', ' ', '\n', '\r', ';', '1', '.', '\t']
for i in range(2500):
    params = {}
    if r.random() < 0.3: params["delimiter"] = r.choice([",", ";", "\t", " "])
    if r.random() < 0.3: params["quotechar"] = r.choice(['"', "'"])
    if r.random() < 0.3: params["escapechar"] = "\\"
    if r.random() < 0.2: params["doublequote"] = False
    if r.random() < 0.2: params["skipinitialspace"] = True
    if r.random() < 0.2: params["strict"] = True
    if r.random() < 0.2: params["quoting"] = r.choice([0, 1, 2, 3])
    text = "".join(r.choice(CH) for _ in range(r.randint(0, 15)))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), **params))
        res = repr(rows)
    except Exception as e:
        res = type(e).__name__ + ": " + str(e)
    row = ["".join(r.choice(CH) for _ in range(r.randint(0, 4))) for _ in range(r.randint(0, 3))]
    buf = io.StringIO()
    try:
        csv.writer(buf, **params).writerow(row)
        w = repr(buf.getvalue())
    except Exception as e:
        w = type(e).__name__ + ": " + str(e)
    print(params, repr(text), res, repr(row), w)
