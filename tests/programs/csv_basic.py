# csv: reader/writer round trips over generated rows, dialects and their options,
# DictReader/DictWriter, and the error messages of bad dialects and bad data.
import csv
import io
import random

r = random.Random(5)
ALPHABET = ['a', 'b', ' ', ',', '"', '\n', '\r', '\t', ';', '\\', 'x', "'", 'é']
for params in [{}, {"dialect": "excel-tab"}, {"dialect": "unix"}, {"quoting": csv.QUOTE_ALL},
               {"quoting": csv.QUOTE_NONNUMERIC}, {"delimiter": ";", "quotechar": "'"},
               {"escapechar": "\\", "doublequote": False}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
               {"lineterminator": "\n", "skipinitialspace": True}]:
    buf = io.StringIO()
    w = csv.writer(buf, **params)
    rows = []
    for _ in range(25):
        row = ["".join(r.choice(ALPHABET) for _ in range(r.randint(0, 5))) for _ in range(r.randint(1, 4))]
        if params.get("quoting") == csv.QUOTE_NONNUMERIC:
            row.append(r.choice([1, 2.5, -3, None, True]))
        rows.append(row)
        try:
            w.writerow(row)
        except csv.Error as e:
            print("write error", e)
    text = buf.getvalue()
    print(params, repr(text))
    try:
        back = list(csv.reader(io.StringIO(text, newline=""), **params))
        print("  read", back)
    except (csv.Error, ValueError) as e:
        print("  read error", type(e).__name__, e)

print(list(csv.reader(["a,b,c", "", '"q,1","q""2",x', "1, 2 ,3"])))
print(list(csv.reader(["a, 'b,c', d"], quotechar="'", skipinitialspace=True)))
print(list(csv.reader(['"multi\n', 'line",end'])))
print(list(csv.reader(['"abc"def,g', 'x"y",z'])))
print(list(csv.reader(['a\\,b,c\\\n', 'd'], escapechar="\\")))
print(list(csv.reader(["1,2.5,'x','y'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(['a\r\n', 'b\n', 'c'])), list(csv.reader(['"unterminated'])))
rd = csv.reader(["x,y", "1,2", "", "3,4"])
for row in rd:
    print(rd.line_num, row)
print(rd.dialect.delimiter, rd.dialect.lineterminator == "\r\n", rd.dialect.quoting)

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["a", 1, 2.5, None, True, "x,y", 'q"', ""]))
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], (3, 4), "ab"])
print(repr(buf.getvalue()))

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["name", "age", "city"], restval="?")
dw.writeheader()
dw.writerow({"name": "Ann", "age": 30})
dw.writerows([{"name": "Bob", "city": "Oslo, NO"}, {"age": 5}])
print(repr(buf.getvalue()))
try:
    dw.writerow({"name": "x", "zip": 1})
except ValueError as e:
    print("ValueError", e)
dw2 = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
dw2.writerow({"a": 1, "b": 2})
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="maybe")
except ValueError as e:
    print("ValueError", e)
dr = csv.DictReader(io.StringIO(buf.getvalue(), newline=""))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(["1,2,3,4", "5", "", "6,7"], fieldnames=["a", "b"], restkey="rest", restval="R")
print(list(dr))
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a|b", "c"])
print(repr(buf.getvalue()), list(csv.reader(["'a|b'|c"], "pipes", quotechar="'")))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect("semi", Semi)
print(list(csv.reader(["1;2;'3'"], "semi")), csv.get_dialect("semi").delimiter)
csv.unregister_dialect("semi")
csv.unregister_dialect("pipes")
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator),
      csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)


class Broken(csv.Dialect):
    delimiter = ",,"


class NoQuote(csv.Dialect):
    delimiter = ","
    quoting = csv.QUOTE_ALL


class NoQuoting(csv.Dialect):
    delimiter = ","
    lineterminator = "\n"


for f in [lambda: Broken(), lambda: NoQuote(), lambda: NoQuoting(),
          lambda: print(csv.writer(io.StringIO(), quotechar=None).dialect.quoting), lambda: csv.get_dialect("nope"), lambda: csv.unregister_dialect("nope"),
          lambda: csv.register_dialect(5), lambda: csv.reader([], "nope"), lambda: csv.writer(5),
          lambda: csv.reader(5), lambda: csv.writer(io.StringIO()).writerow(5),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
          lambda: list(csv.reader(['a,"b'], strict=True)), lambda: list(csv.reader(['"a"b'], strict=True)),
          lambda: list(csv.reader(["a\rb"])), lambda: list(csv.reader([b"ab"])),
          lambda: list(csv.reader(["x" * 200000])), lambda: list(csv.reader(["1,a"], quoting=csv.QUOTE_NONNUMERIC)),
          lambda: csv.writer(io.StringIO(), delimiter=None), lambda: csv.writer(io.StringIO(), delimiter=1),
          lambda: csv.writer(io.StringIO(), delimiter="ab"), lambda: csv.writer(io.StringIO(), quotechar=5),
          lambda: csv.writer(io.StringIO(), escapechar="ab"), lambda: csv.writer(io.StringIO(), lineterminator=None),
          lambda: csv.writer(io.StringIO(), lineterminator=5), lambda: csv.writer(io.StringIO(), quoting=7),
          lambda: csv.writer(io.StringIO(), quoting="a"), lambda: csv.writer(io.StringIO(), bogus=1),
          lambda: csv.field_size_limit("x")]:
    try:
        f()
        print("no error")
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(10), csv.field_size_limit(), csv.field_size_limit(131072))
