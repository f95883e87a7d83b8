# gzip: GzipFile and gzip.open in binary and text modes, over files and BytesIO.
import gzip
import io
import os
import shutil
import tempfile

CPY_TWO = b'\x1f\x8b\x08\x00\x01\x00\x00\x00\x02\xffK\xcb,*.Q\xc8M\xcdMJ-\xe2\x02\x00\xa7\xf4\x85\n\r\x00\x00\x00\x1f\x8b\x08\x00\x02\x00\x00\x00\x04\xff+NM\xce\xcfKQ\xc8M\xcdMJ-\xe2\x02\x006\x18K\x0e\x0e\x00\x00\x00'


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, "notes.txt.gz")
    with gzip.open(path, "wb") as f:
        print(type(f).__name__, f.mode, f.name == path, f.writable(), f.readable(), f.seekable())
        print(f.write(b"line one\nline two\n"), f.tell())
        print(f.write(b""), f.closed)
    print(f.closed)
    with open(path, "rb") as raw:
        head = raw.read()
    print(head[:4], head[8:10], head[10:20], len(head) > 20)

    with gzip.open(path) as f:
        print(f.mode, f.mtime is None, f.read(4), f.mtime == int.from_bytes(head[4:8], "little"))
        print(f.readline(), f.tell(), list(f), f.read(), f.tell())
    with gzip.open(path, "rb") as f:
        print([line for line in f])
    with gzip.open(path, "rt") as f:
        print(type(f).__name__, repr(f.read()))
    with gzip.open(path, "at") as f:
        f.write("third line\n")
    with gzip.open(path, "rt") as f:
        print(f.readlines())
    with gzip.open(path, "rb") as f:
        print(f.read())
    with open(path, "rb") as raw:
        print(raw.read().count(b"\x1f\x8b\x08"))
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("caf\u00e9\n\u4e2d\u6587\n")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        print(f.read())
    with gzip.open(path, "rb") as f:
        print(f.read())
    with gzip.open(path, "rt", encoding="latin-1") as f:
        print(repr(f.readline()))
    with gzip.open(path, "wt", newline="") as f:
        f.write("a\r\nb\rc\n")
    with gzip.open(path, "rt") as f:
        print(repr(f.read()))
    with gzip.open(path, "rt", newline="") as f:
        print(repr(f.read()))

    # GzipFile with an explicit mtime and level; the stored name drops ".gz".
    with gzip.GzipFile(path, "wb", compresslevel=1, mtime=12345) as f:
        f.write(b"x" * 1000)
    with open(path, "rb") as raw:
        head = raw.read()
    print(head[:10], head[10:20])
    with gzip.GzipFile(path) as f:
        print(f.read() == b"x" * 1000, f.mtime)
    with gzip.GzipFile(path, "r") as f:
        print(len(f.read(10)), f.mode)

    # Exclusive creation.
    other = os.path.join(folder, "new.gz")
    with gzip.open(other, "xb") as f:
        f.write(b"created")
    with gzip.open(other) as f:
        print(f.read())
    try:
        gzip.open(other, "xb")
    except FileExistsError as e:
        print("exists ->", e.errno, e.strerror, e.filename == other)

    # Large data in several writes, read back in pieces.
    data = bytes((i * 7 + i // 300) % 256 for i in range(300000))
    with gzip.open(path, "wb") as f:
        for i in range(0, len(data), 65536):
            f.write(data[i:i + 65536])
    with gzip.open(path) as f:
        got = []
        while True:
            piece = f.read(10000)
            if not piece:
                break
            got.append(piece)
    print(b"".join(got) == data, len(got))
    with open(path, "rb") as a, gzip.open(path) as b:
        print(len(a.read()) < len(data), len(b.read()))
    try:
        gzip.open(os.path.join(folder, "absent.gz"))
    except FileNotFoundError as e:
        print("missing ->", e.errno, e.strerror)
finally:
    shutil.rmtree(folder)

# In memory.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"zz")
print(buf.getvalue(), buf.closed)
buf = io.BytesIO()
with gzip.GzipFile(filename="named.txt.gz", fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"zz")
print(buf.getvalue())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="ab", mtime=0) as f:
    f.write(b"1")
print(buf.getvalue()[:10])
buf = io.BytesIO()
w = gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=1)
w.write(b"abc")
w.flush()
print(len(buf.getvalue()) > 10)
w.write(b"def")
print(w.seek(10), w.tell())
attempt("seek back", lambda: w.seek(1))
w.close()
w.close()
print(gzip.decompress(buf.getvalue()), buf.closed, w.closed, w.mode)
with gzip.open(io.BytesIO(CPY_TWO)) as f:
    print(f.read(5), f.read(8), f.read(100), f.read(), f.tell())
    print(f.seek(3), f.read(4), f.seek(2, 1), f.read(3))
    f.rewind()
    print(f.read(2), f.peek(3)[:3], f.read1(4), f.tell())
    print(f.seek(0, 2), f.read())
with gzip.open(io.BytesIO(CPY_TWO), "rt") as f:
    print(f.read())
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"a\nbb\nccc", mtime=77)))
print(r.readline(), r.mtime, r.readline(1), r.readlines())
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"a\nbb\nccc", mtime=77)))
print(r.readline(-1), r.readline(0), r.readline(5), r.readline(), r.readline())
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="w", mtime=0)
print(w.mode)
w.close()

# Errors.
f = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"data", mtime=0)))
attempt("write on reader", lambda: f.write(b"x"))
f.close()
attempt("read closed", lambda: f.read())
attempt("closed", lambda: f.closed)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
attempt("read on writer", lambda: w.read())
attempt("write str", lambda: w.write("abc"))
w.close()
attempt("write closed", lambda: w.write(b"abc"))
attempt("rbt", lambda: gzip.open("x", "rbt"))
attempt("encoding", lambda: gzip.open("x", "rb", encoding="utf-8"))
attempt("errors", lambda: gzip.open("x", "wb", errors="strict"))
attempt("newline", lambda: gzip.open("x", "rb", newline="\n"))
attempt("filename", lambda: gzip.open(12.5))
attempt("GzipFile mode t", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="wt"))
attempt("bad data", lambda: gzip.GzipFile(fileobj=io.BytesIO(b"plain text")).read())
attempt("truncated", lambda: gzip.GzipFile(fileobj=io.BytesIO(CPY_TWO[:-3])).read())
attempt("crc", lambda: gzip.GzipFile(fileobj=io.BytesIO(CPY_TWO[:-8] + b"\x01\x02\x03\x04" + CPY_TWO[-4:])).read())
attempt("length", lambda: gzip.GzipFile(fileobj=io.BytesIO(CPY_TWO[:-4] + b"\x00\x01\x00\x00")).read())
attempt("junk", lambda: gzip.GzipFile(fileobj=io.BytesIO(CPY_TWO + b"junk")).read())
