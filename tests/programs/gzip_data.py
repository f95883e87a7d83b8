# gzip: compress()/decompress(), header fields, multi-member streams and errors.
# The streams below were written by CPython.
import gzip
import zlib

ALLFIELDS = b'\x1f\x8b\x08\x1e90\x00\x00\x02\xff\x03\x00ABCname.txt\x00a comment\x00\x16\xaf+H\xac\xcc\xc9OLQ(\xcf,\xc9PH-K-\xaaT\xc8HMLI-RH\xcbL\xcdI\x01\x00(#\xf2\xfc\x1f\x00\x00\x00'
CPY = b'\x1f\x8b\x08\x00\xd2\x02\x96I\x00\xff\xcbMLIUH\xaaTp\x0e\xa8,\xc9\xc8\xcf\xe3\xca\x1d\xe5\x8f\xf2G\xf9p>\x00=\xe3\x87_ \x03\x00\x00'
CPY_TWO = b'\x1f\x8b\x08\x00\x01\x00\x00\x00\x02\xffK\xcb,*.Q\xc8M\xcdMJ-\xe2\x02\x00\xa7\xf4\x85\n\r\x00\x00\x00\x1f\x8b\x08\x00\x02\x00\x00\x00\x04\xff+NM\xce\xcfKQ\xc8M\xcdMJ-\xe2\x02\x006\x18K\x0e\x0e\x00\x00\x00'


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


print(gzip.decompress(ALLFIELDS))
print(gzip.decompress(CPY) == b"made by CPython\n" * 50)
print(gzip.decompress(CPY_TWO))
print(gzip.decompress(CPY_TWO + b"\x00\x00\x00\x00"))
print(gzip.decompress(b""))

# Headers written here: mtime 0 gives zlib's own gzip header, any other mtime the
# module's (OS 255, extra flags from the level).
g = gzip.compress(b"hello world", mtime=0)
print(g[:10], g[-8:], gzip.decompress(g))
for level in (0, 1, 5, 6, 9):
    h = gzip.compress(b"abc" * 10, level, mtime=987654321)
    print("level", level, h[:10], int.from_bytes(h[4:8], "little"), gzip.decompress(h))
print(gzip.compress(b"", 1, mtime=0)[:10])
print(gzip.compress(b"x", compresslevel=1, mtime=0)[:10])
now = gzip.compress(b"stamped")
print(now[:4], now[8:10], int.from_bytes(now[4:8], "little") > 1600000000, gzip.decompress(now))
big = bytes((i * 31) % 256 for i in range(100000))
print(gzip.decompress(gzip.compress(big)) == big)
print(gzip.decompress(gzip.compress(b"one", mtime=4) + gzip.compress(b"two", 1, mtime=0)))
print(zlib.decompress(gzip.compress(b"zlib reads it", mtime=9), 31))

# Errors.
attempt("magic", lambda: gzip.decompress(b"xyzzy"))
attempt("one byte", lambda: gzip.decompress(b"x"))
attempt("method", lambda: gzip.decompress(g[:2] + b"\x07" + g[3:]))
attempt("truncated", lambda: gzip.decompress(g[:-3]))
attempt("header only", lambda: gzip.decompress(g[:5]))
attempt("no trailer", lambda: gzip.decompress(g[:12]))
attempt("crc", lambda: gzip.decompress(g[:-8] + b"\x01\x02\x03\x04" + g[-4:]))
attempt("length", lambda: gzip.decompress(g[:-4] + b"\x01\x00\x00\x00"))
attempt("junk after", lambda: gzip.decompress(g + b"junk"))
attempt("lone magic byte", lambda: gzip.decompress(g + b"\x1f"))
attempt("cut second header", lambda: gzip.decompress(g + b"\x1f\x8b\x08"))
attempt("bad block", lambda: gzip.decompress(g[:10] + b"\xff" + g[11:]))
attempt("str in", lambda: gzip.decompress("abc"))
attempt("str out", lambda: gzip.compress("abc"))
attempt("level", lambda: gzip.compress(b"", 10))
attempt("positional mtime", lambda: gzip.compress(b"x", 1, 0))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
try:
    gzip.decompress(b"not gzip")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e)
