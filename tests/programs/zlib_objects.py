# zlib: compressobj/decompressobj streaming, flush modes, limits, copy and zdict.
# Streams below were produced by CPython (C zlib).
import zlib

Z6 = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8bT\xc5\x0c\x8cL\xcc,\xacl\xec\x1c\x9c\\\xdc<\xbc|\xfc\x02\x82B\xc2"\xa2b\xe2\x12\x92R\xd22\xb2r\xf2\n\x8aJ\xca*\xaaj\xea\x1a\x9aZ\xda:\xbaz\xfa\x06\x86F\xc6&\xa6f\xe6\x16\x96V\xd66\xb6v\xf6\x0e\x8eN\xce.\xaen\xee\x1e\x9e^\xde>\xbe~\xfe\x01\x81A\xc1!\xa1a\xe1\x11\x91Q\xd11\xb1q\xf1\t\x89I\xc9)\xa9i\xe9\x19\x99Y\xd99\xb9y\xf9\x05\x85E\xc5%\xa5e\xe5\x15\x95U\xd55\xb5u\xf5\r\x8dM\xcd-\xadm\xed\x1d\x9d]\xdd=\xbd}\xfd\x13&N\x9a<e\xea\xb4\xe93f\xce\x9a=g\xee\xbc\xf9\x0b\x16.Z\xbcd\xe9\xb2\xe5+V\xaeZ\xbdf\xed\xba\xf5\x1b6n\xda\xbce\xeb\xb6\xed;v\xee\xda\xbdg\xef\xbe\xfd\x07\x0e\x1e:|\xe4\xe8\xb1\xe3\'N\x9e:}\xe6\xec\xb9\xf3\x17.^\xba|\xe5\xea\xb5\xeb7n\xde\xba}\xe7\xee\xbd\xfb\x0f\x1e>z\xfc\xe4\xe9\xb3\xe7/^\xbez\xfd\xe6\xed\xbb\xf7\x1f>~\xfa\xfc\xe5\xeb\xb7\xef?~\xfe\xfa\xfd\xe7\xef\xbf\xff\x00E(d1'
RAW = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8bT\xc5\x0c\x8cL\xcc,\xacl\xec\x1c\x9c\\\xdc<\xbc|\xfc\x02\x82B\xc2"\xa2b\xe2\x12\x92R\xd22\xb2r\xf2\n\x8aJ\xca*\xaaj\xea\x1a\x9aZ\xda:\xbaz\xfa\x06\x86F\xc6&\xa6f\xe6\x16\x96V\xd66\xb6v\xf6\x0e\x8eN\xce.\xaen\xee\x1e\x9e^\xde>\xbe~\xfe\x01\x81A\xc1!\xa1a\xe1\x11\x91Q\xd11\xb1q\xf1\t\x89I\xc9)\xa9i\xe9\x19\x99Y\xd99\xb9y\xf9\x05\x85E\xc5%\xa5e\xe5\x15\x95U\xd55\xb5u\xf5\r\x8dM\xcd-\xadm\xed\x1d\x9d]\xdd=\xbd}\xfd\x13&N\x9a<e\xea\xb4\xe93f\xce\x9a=g\xee\xbc\xf9\x0b\x16.Z\xbcd\xe9\xb2\xe5+V\xaeZ\xbdf\xed\xba\xf5\x1b6n\xda\xbce\xeb\xb6\xed;v\xee\xda\xbdg\xef\xbe\xfd\x07\x0e\x1e:|\xe4\xe8\xb1\xe3\'N\x9e:}\xe6\xec\xb9\xf3\x17.^\xba|\xe5\xea\xb5\xeb7n\xde\xba}\xe7\xee\xbd\xfb\x0f\x1e>z\xfc\xe4\xe9\xb3\xe7/^\xbez\xfd\xe6\xed\xbb\xf7\x1f>~\xfa\xfc\xe5\xeb\xb7\xef?~\xfe\xfa\xfd\xe7\xef\xbf\xff\x00'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1e\r\x8d\xd1\xb41\x9aSF\x8b\x02\xd4\x82\x91\x81\x91\x89\x99\x85\x95\x8d\x9d\x83\x93\x8b\x9b\x87\x97\x8f_@PHXDTL\\BRJZFVN^AQIYEUM]CSK[GWO\xdf\xc0\xd0\xc8\xd8\xc4\xd4\xcc\xdc\xc2\xd2\xca\xda\xc6\xd6\xce\xde\xc1\xd1\xc9\xd9\xc5\xd5\xcd\xdd\xc3\xd3\xcb\xdb\xc7\xd7\xcf? 0(8$4,<"2*:&6.>!1)9%5-=#3+;\'7/\xbf\xa0\xb0\xa8\xb8\xa4\xb4\xac\xbc\xa2\xb2\xaa\xba\xa6\xb6\xae\xbe\xa1\xb1\xa9\xb9\xa5\xb5\xad\xbd\xa3\xb3\xab\xbb\xa7\xb7\xaf\x7f\xc2\xc4I\x93\xa7L\x9d6}\xc6\xccY\xb3\xe7\xcc\x9d7\x7f\xc1\xc2E\x8b\x97,]\xb6|\xc5\xcaU\xab\xd7\xac]\xb7~\xc3\xc6M\x9b\xb7l\xdd\xb6}\xc7\xce]\xbb\xf7\xec\xdd\xb7\xff\xc0\xc1C\x87\x8f\x1c=v\xfc\xc4\xc9S\xa7\xcf\x9c=w\xfe\xc2\xc5K\x97\xaf\\\xbdv\xfd\xc6\xcd[\xb7\xef\xdc\xbdw\xff\xc1\xc3G\x8f\x9f<}\xf6\xfc\xc5\xcbW\xaf\xdf\xbc}\xf7\xfe\xc3\xc7O\x9f\xbf|\xfd\xf6\xfd\xc7\xcf_\xbf\xff\xfc\xfd\xf7\x1f\x00I\xfb;\x81F\x06\x00\x00'
DICTZ = b'x\xbbc\x0c\x08\xb3\xcb\xc0*\xaa\xa3\x80.\x0e\x00:\x02\x0fi'
DICTRAW = b'\xcb\xc0*\xaa\xa3\x80.\x0e\x00'

TEXT = b"The quick brown fox jumps over the lazy dog. " * 30 + bytes(range(256))
DATA = bytes(range(256)) * 40


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        if isinstance(r, bytes) and len(r) > 40:
            r = ("bytes", len(r))
        print(label, "->", r)


co = zlib.compressobj()
print(type(co).__name__, type(zlib.decompressobj()).__name__, type(co).__module__)

# Compress in pieces, decompress in pieces of every size.
for wbits in (15, -15, 31, 10, -9, 26):
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    parts = [co.compress(DATA[i:i + 1000]) for i in range(0, len(DATA), 1000)]
    stream = b"".join(parts) + co.flush()
    for step in (1, 7, 500, len(stream)):
        do = zlib.decompressobj(wbits)
        out = b"".join(do.decompress(stream[i:i + step]) for i in range(0, len(stream), step))
        out += do.flush()
        assert out == DATA, (wbits, step)
    print("wbits", wbits, "ok", do.eof, do.unused_data, do.unconsumed_tail)

for level, strategy in ((0, 0), (1, 0), (9, 0), (6, zlib.Z_FILTERED), (6, zlib.Z_HUFFMAN_ONLY),
                        (6, zlib.Z_RLE), (6, zlib.Z_FIXED), (9, zlib.Z_RLE)):
    co = zlib.compressobj(level, zlib.DEFLATED, 15, 9, strategy)
    s = co.compress(TEXT) + co.flush()
    print("strategy", level, strategy, zlib.decompress(s) == TEXT, s[:2])
co = zlib.compressobj(9, zlib.DEFLATED, 31, 8, zlib.Z_HUFFMAN_ONLY)
g = co.compress(TEXT) + co.flush()
print(g[:10], zlib.decompress(g, 31) == TEXT)

# Flush modes.
co = zlib.compressobj()
x = co.compress(b"abc") + co.flush(zlib.Z_SYNC_FLUSH)
print(x[-4:], zlib.decompressobj().decompress(x))
x += co.compress(b"def") + co.flush(zlib.Z_FULL_FLUSH)
print(x[-4:], zlib.decompressobj().decompress(x))
x += co.compress(b"ghi") + co.flush(zlib.Z_PARTIAL_FLUSH)
print(zlib.decompressobj().decompress(x))
x += co.compress(b"jkl") + co.flush(zlib.Z_BLOCK)
print(co.flush(zlib.Z_NO_FLUSH))
x += co.flush()
print(zlib.decompress(x))
attempt("flush after finish", lambda: co.flush())
attempt("compress after finish", lambda: co.compress(b"x"))
attempt("copy after finish", lambda: co.copy())
print("no flush after finish", co.flush(zlib.Z_NO_FLUSH))
attempt("flush 99", lambda: zlib.compressobj().flush(99))

# copy() forks a stream.
co = zlib.compressobj(9)
head = co.compress(DATA[:5000])
twin = co.copy()
one = head + co.compress(DATA[5000:]) + co.flush()
two = head + twin.compress(b"other ending") + twin.flush()
print(zlib.decompress(one) == DATA, zlib.decompress(two) == DATA[:5000] + b"other ending")
do = zlib.decompressobj()
first = do.decompress(Z6[:100])
fork = do.copy()
print(first + do.decompress(Z6[100:]) == TEXT, first + fork.decompress(Z6[100:]) == TEXT)
attempt("decompress copy at eof", lambda: type(do.copy()).__name__)
do.flush()
attempt("decompress copy after flush at eof", lambda: do.copy())

# max_length and unconsumed_tail.
do = zlib.decompressobj()
out = do.decompress(Z6, 100)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 100)
print(out == TEXT, do.eof, do.unconsumed_tail, do.unused_data)
do = zlib.decompressobj()
a = do.decompress(Z6, 7)
print(len(a), len(do.unconsumed_tail) > 0)
rest = do.flush()
print(a + rest == TEXT, do.eof, do.unconsumed_tail)
do = zlib.decompressobj()
a = do.decompress(Z6, 10)
rest = do.flush(1)
print(a + rest == TEXT, do.eof)

# unused_data and eof.
do = zlib.decompressobj()
out = do.decompress(Z6 + b"tail")
print(out == TEXT, do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b"more"), do.unused_data, do.eof)
print(do.flush(), do.unused_data)
do = zlib.decompressobj(-15)
print(do.decompress(RAW + b"xy") == TEXT, do.unused_data, do.eof)
do = zlib.decompressobj(31)
print(do.decompress(GZ + b"second") == TEXT, do.unused_data, do.eof)
do = zlib.decompressobj(47)
print(do.decompress(GZ) == TEXT, do.eof)
do = zlib.decompressobj()
print(len(do.decompress(Z6[:-10])), do.eof, do.unused_data)
print(len(do.flush()), do.eof)
do = zlib.decompressobj()
print(do.decompress(Z6[:1]), do.decompress(Z6[1:2]), do.eof)
print(do.decompress(Z6[2:]) == TEXT, do.eof)
do = zlib.decompressobj(31)
pieces = [do.decompress(GZ[i:i + 1]) for i in range(len(GZ))]
print(b"".join(pieces) == TEXT, do.eof)

# Errors from the objects.
attempt("bad header", lambda: zlib.decompressobj().decompress(b"garbage!"))
attempt("bad check", lambda: zlib.decompressobj().decompress(Z6[:-1] + b"?"))
attempt("need dict", lambda: zlib.decompressobj().decompress(DICTZ))
attempt("max_length", lambda: zlib.decompressobj().decompress(b"", -1))
attempt("flush 0", lambda: zlib.decompressobj().flush(0))
attempt("flush -1", lambda: zlib.decompressobj().flush(-1))
attempt("str", lambda: zlib.decompressobj().decompress("x"))
attempt("compress str", lambda: zlib.compressobj().compress("x"))
attempt("no data", lambda: zlib.decompressobj().decompress())
attempt("data kw", lambda: zlib.decompressobj().decompress(data=b""))
attempt("max_length kw", lambda: zlib.decompressobj().decompress(b"", max_length=2))
attempt("compress none", lambda: zlib.compressobj().compress())
attempt("compress two", lambda: zlib.compressobj().compress(b"", b""))
attempt("flush two", lambda: zlib.compressobj().flush(1, 2))
attempt("flush kw", lambda: zlib.compressobj().flush(mode=2))
attempt("length kw", lambda: zlib.decompressobj().flush(length=5))
attempt("level 11", lambda: zlib.compressobj(level=11))
attempt("method 9", lambda: zlib.compressobj(method=9))
attempt("memLevel 0", lambda: zlib.compressobj(memLevel=0))
attempt("memLevel 10", lambda: zlib.compressobj(memLevel=10))
attempt("strategy 7", lambda: zlib.compressobj(strategy=7))
for w in (8, -8, 24, 40, 0, -16, 14, 30, 48, 39, 32):
    attempt("compressobj wbits %d" % w, lambda: type(zlib.compressobj(wbits=w)).__name__)
    attempt("decompressobj wbits %d" % w, lambda: type(zlib.decompressobj(wbits=w)).__name__)
attempt("too many", lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
attempt("bad kw", lambda: zlib.compressobj(foo=1))
attempt("bad kw d", lambda: zlib.decompressobj(foo=1))
attempt("zdict str", lambda: zlib.compressobj(zdict="x"))
attempt("zdict str d", lambda: zlib.decompressobj(zdict="x"))
attempt("decompressobj many", lambda: zlib.decompressobj(15, b"abc", 5))
co = zlib.compressobj(wbits=8)
print(co.flush()[:2])

# Preset dictionaries.
ZD = b"hello dictionary world"
msg = b"hello dictionary world, hello dictionary"
print(zlib.decompressobj(zdict=ZD).decompress(DICTZ) == msg)
print(zlib.decompressobj(-15, ZD).decompress(DICTRAW) == msg)
co = zlib.compressobj(zdict=ZD)
mine = co.compress(msg) + co.flush()
print(mine[:2].hex(), zlib.decompressobj(zdict=ZD).decompress(mine) == msg)
co = zlib.compressobj(wbits=-15, zdict=ZD)
mine = co.compress(msg) + co.flush()
print(zlib.decompressobj(wbits=-15, zdict=ZD).decompress(mine) == msg)
attempt("wrong dict", lambda: zlib.decompressobj(zdict=b"abd").decompress(DICTZ))
print(zlib.decompressobj(zdict=ZD).decompress(zlib.compress(b"plain")))
long_dict = bytes(range(256)) * 200
co = zlib.compressobj(zdict=long_dict)
mine = co.compress(DATA) + co.flush()
print(zlib.decompressobj(zdict=long_dict).decompress(mine) == DATA, len(mine) < 100)
