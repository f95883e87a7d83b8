# csv: writer quoting/escaping per mode, lineterminator-driven quoting, dialect parameter
# validation and defaults, strict end of data, escaped line breaks, NONNUMERIC reading.
import csv, io, fractions

def show_writer(rows, **k):
    b = io.StringIO()
    try:
        w = csv.writer(b, **k)
        for row in rows:
            print(" ret", w.writerow(row))
        print(k, repr(b.getvalue()))
    except Exception as e:
        print(k, type(e).__name__, e)

FIELDS = [' a', 'a\\b', 'a"b', 'a\rb', 'a\nb', 'a#b', '', 'x y', 'a\tb']
for k in [{}, dict(escapechar='\\'), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
          dict(quoting=csv.QUOTE_ALL, escapechar='\\'), dict(doublequote=False, escapechar='\\'),
          dict(lineterminator='#'), dict(lineterminator='\n'), dict(lineterminator='#', quoting=3, escapechar='\\'),
          dict(quoting=csv.QUOTE_NONE, quotechar=None), dict(doublequote=False)]:
    show_writer([FIELDS], **k)
show_writer([[1, True, 2.5, None, 'x', fractions.Fraction(1, 2), float('nan'), '1']], quoting=csv.QUOTE_NONNUMERIC)
show_writer([(x for x in 'ab'), [], [None], ['', '']])
show_writer([['', '']], quoting=csv.QUOTE_NONE)

def show_dialect(*a, **k):
    try:
        d = csv.writer(io.StringIO(), *a, **k).dialect
        print(k, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.quoting,
              d.doublequote, d.skipinitialspace, d.strict, repr(d.lineterminator))
    except Exception as e:
        print(k, type(e).__name__, e)

class A: quotechar = None
class B: quotechar = None; quoting = 0
class C: delimiter = ';'
class D: delimiter = ','; quoting = 0; lineterminator = '\n'; quotechar = None; doublequote = None
for a, k in [((), dict(quotechar=None)), ((), dict(quotechar=None, quoting=0)), ((), dict(quotechar=None, quoting=3)),
             ((A,), {}), ((B,), {}), ((C,), {}), ((D,), {}), (('excel',), dict(quotechar=None)),
             ((csv.excel,), dict(quotechar=None)), ((B,), dict(quotechar="'")),
             ((), dict(quotechar=None, lineterminator=None)), ((), dict(delimiter=',', quotechar=',')),
             ((), dict(escapechar='')), ((), dict(escapechar=5)), ((), dict(quoting=True)),
             ((), dict(quoting=2.0)), ((), dict(quoting=-1)), ((), dict(doublequote=0, skipinitialspace='x', strict=[])),
             ((), dict(lineterminator='')), ((), dict(delimiter=5, quotechar=5)), ((5,), {})]:
    show_dialect(*a, **k)
d = csv.get_dialect('excel')
try:
    d.delimiter = ';'
except AttributeError as e:
    print("AttributeError", e)
try:
    csv.register_dialect('x', delimiter='ab')
except Exception as e:
    print(type(e).__name__, e)
csv.register_dialect('q', quotechar=None)
print(csv.get_dialect('q').quoting)
csv.register_dialect('z', csv.excel, delimiter=';')
print(csv.get_dialect('z').delimiter, sorted(csv.list_dialects()))
class OK(csv.Dialect):
    delimiter = ','; quoting = 0; lineterminator = '\n'; quotechar = '"'
o = OK()
print(o._valid, repr(o._name), OK.doublequote)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)

def show_read(lines, **k):
    try:
        print(repr(lines), k, list(csv.reader(lines, **k)))
    except Exception as e:
        print(repr(lines), k, type(e).__name__, e)

for lines, k in [(['1,,""'], dict(quoting=2)), ([','], dict(quoting=2)), (['a\x00b'], {}),
                 (['a,"b\n', 'c"d,e\n'], {}), (['a\n', '\n', ' \n', '"a"\n'], {}),
                 (['a\r', 'b\r\n', '"x\r\ny"\r\n'], {}), (['a,b\\'], dict(escapechar='\\')),
                 (['a,b\\'], dict(escapechar='\\', strict=True)), (['"a\\'], dict(escapechar='\\')),
                 (['"a\\'], dict(escapechar='\\', strict=True)), (['"a""b",c'], dict(doublequote=False)),
                 (['"a" ,b'], {}), (['  "a" ,b'], dict(skipinitialspace=True)), (['"a"\\b,c'], dict(escapechar='\\')),
                 (['a"b"c,"x'], dict(quoting=3)), ([',', '', 'a,'], {}), (['a b  c'], dict(delimiter=' ', skipinitialspace=True)),
                 (['a,\\'], dict(escapechar='\\', quoting=3)), (['"a"b"c"'], dict(doublequote=False, escapechar='\\')),
                 (['"a\\"b",c'], dict(doublequote=False, escapechar='\\')), (['"ab" '], dict(delimiter=' ', strict=True)),
                 (['1a\\\r', 'a. '], dict(escapechar='\\')), (['1a\\\r', 'a. '], dict(escapechar='\\', strict=True)),
                 (['1a\\\r', 'a. \n', 'b'], dict(escapechar='\\', strict=True)), (['1a\\\n', 'b,c\n', 'd'], dict(escapechar='\\')),
                 (['a\\\n', '\n', 'd'], dict(escapechar='\\')), (['1a\\\r', 'a. ', 'b'], dict(escapechar='\\')),
                 (['\\1,2'], dict(escapechar='\\', quoting=2)), ([1], {}), (['a,"b"'], dict(strict=True))]:
    show_read(lines, **k)
r = csv.reader(['a,"b\n', 'c"\n', 'd'])
print(r.line_num)
for x in r:
    print(r.line_num, x)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print("TypeError", e)
old = csv.field_size_limit(5)
show_read(['12345,123456'])
show_read(['"12345"'])
csv.field_size_limit(old)
dr = csv.DictReader(['a,b', '1,2'])
print(dr.line_num, dr.dialect, dr.restkey, dr.restval, dr.fieldnames, dr.line_num)
dr.fieldnames = ['x', 'y']
print(list(dr))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 0, 'b': 1})
except ValueError as e:
    print("ValueError", e)
print(csv.DictWriter(io.StringIO(), ['a']).writeheader())
print(csv.__all__)
