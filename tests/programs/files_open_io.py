# open() in text and binary modes, the io classes, errors, and sys.stdout replacement.
import io
import os
import sys

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tessera_files_%d" % os.getpid())
os.mkdir(base)
p = os.path.join(base, "data.txt")
try:
    with open(p, "w") as f:
        print(repr(f).replace(p, "P"), f.encoding, f.mode, f.name == p, f.errors, f.newlines, f.closed)
        print(f.write("héllo\nwörld\r\nthird\rfourth"))
        f.writelines(["\nA", "B\n"])
        print(f.tell(), f.readable(), f.writable(), f.seekable())
    print(f.closed)
    with open(p) as f:
        print(repr(f.readline()), f.tell())
        print(repr(f.read(3)), f.tell())
        print(f.readlines())
    with open(p) as f:
        print(repr(f.read()))
        print(f.newlines)
    with open(p, newline="") as f:
        print([l for l in f])
    with open(p, newline="\r") as f:
        print(f.readlines())
    with open(p, "rb") as f:
        print(repr(f).replace(p, "P"), f.mode, f.read(5), f.tell(), f.readline(), f.read())
        f.seek(0)
        print(f.read(2), f.seek(-2, 2), f.read(), f.tell(), f.read())
    with open(p, "rb", buffering=0) as f:
        print(repr(f).replace(p, "P"), f.read(3), list(f)[:2])
    with open(p, encoding="latin-1") as f:
        print(repr(f.read(9)))
    with open(p, "a") as f:
        f.write("appended\n")
    with open(p) as f:
        print(f.read().splitlines()[-2:])
    with open(p, "w", newline="\r\n") as f:
        f.write("one\ntwo\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "r+") as f:
        f.write("ONE")
        f.seek(0)
        print(repr(f.read()))
        f.seek(0)
        f.truncate(2)
    print(open(p, "rb").read())
    with open(p, "w+") as f:
        f.write("abc\ndef\n")
        f.seek(0)
        print(f.readline(), end="")
        print(f.tell())
    with open(p, "wb") as f:
        print(f.write(b"\xff\xfeab"), f.write(bytes([10, 65])))
    try:
        open(p).read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(open(p, errors="replace").read()), repr(open(p, errors="ignore").read()))
    with open(p, "w", encoding="ascii", errors="replace") as f:
        f.write("café")
    print(open(p, "rb").read())
    with open(p, "w", encoding="utf-8-sig") as f:
        f.write("bom")
    print(open(p, "rb").read(), open(p, encoding="utf-8-sig").read())

    errors = [
        ("missing_doors_file",),
        (base,),
        (p, "rz"),
        (p, "rw"),
        (p, "rbt"),
        (p, ""),
        (p, "rb", -1, "utf-8"),
        (p, "rb", -1, None, "strict"),
        (p, "rb", -1, None, None, ""),
        (p, "r", 0),
        (3.5,),
        (os.path.join(p, "sub"),),
        (p, "x"),
        (p, "r", -1, "nope"),
        (p, "r", -1, None, None, "z"),
    ]
    for args in errors:
        try:
            open(*args)
        except Exception as e:
            print(type(e).__name__, str(e).replace(base, "BASE"),
                  getattr(e, "errno", None), str(getattr(e, "filename", None)).replace(base, "BASE"))
    f = open(p, "w")
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    f.close()
    for op in [lambda: f.write("x"), lambda: f.read(), lambda: iter(f), lambda: f.__enter__()]:
        try:
            op()
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        with open(p, "ab") as f:
            f.write("str")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        with open(p, "w") as f:
            f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    with open(p, "w") as f:
        for i in range(3):
            print("line", i, file=f)
    with open(p) as f:
        for n, line in enumerate(f):
            print(n, line.rstrip("\n"))
    print(os.path.getsize(p))
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))

s = io.StringIO("a\nb\n")
print(s.readline(), s.read(), s.tell(), s.getvalue() == "a\nb\n")
s.write("c")
s.seek(0)
print(list(s), s.seek(0, 2), s.tell())
s.seek(1)
s.write("X")
print(repr(s.getvalue()), s.truncate(2), repr(s.getvalue()))
print(io.StringIO("x\r\ny", newline=None).read().split("\n"))
s.close()
try:
    s.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO(b"x")
except TypeError as e:
    print(type(e).__name__, e)
b = io.BytesIO()
b.write(b"xy")
b.write(b"z")
b.seek(1)
print(b.read(), b.getvalue(), b.tell())
b.seek(0)
b.write(b"Q")
print(b.getvalue(), b.readline(), io.BytesIO(b"l1\nl2").readlines())
try:
    b.write("s")
except TypeError as e:
    print(type(e).__name__, e)
out = io.StringIO()
print("to string", 1, file=out)
old = sys.stdout
sys.stdout = out
print("captured")
sys.stdout.write("direct\n")
sys.stdout = old
print(repr(out.getvalue()))
t = io.TextIOWrapper(io.BytesIO("x\ny\r\nz".encode()), encoding="utf-8")
print(t.readlines())
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), isinstance(out, io.IOBase))
