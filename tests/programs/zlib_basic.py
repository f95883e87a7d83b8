# zlib: one-shot compress/decompress, framings, checksums, constants and errors.
# Streams below were produced by CPython (C zlib); compressed bytes made here are only
# round-tripped, never compared with C zlib output.
import zlib

Z6 = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8bT\xc5\x0c\x8cL\xcc,\xacl\xec\x1c\x9c\\\xdc<\xbc|\xfc\x02\x82B\xc2"\xa2b\xe2\x12\x92R\xd22\xb2r\xf2\n\x8aJ\xca*\xaaj\xea\x1a\x9aZ\xda:\xbaz\xfa\x06\x86F\xc6&\xa6f\xe6\x16\x96V\xd66\xb6v\xf6\x0e\x8eN\xce.\xaen\xee\x1e\x9e^\xde>\xbe~\xfe\x01\x81A\xc1!\xa1a\xe1\x11\x91Q\xd11\xb1q\xf1\t\x89I\xc9)\xa9i\xe9\x19\x99Y\xd99\xb9y\xf9\x05\x85E\xc5%\xa5e\xe5\x15\x95U\xd55\xb5u\xf5\r\x8dM\xcd-\xadm\xed\x1d\x9d]\xdd=\xbd}\xfd\x13&N\x9a<e\xea\xb4\xe93f\xce\x9a=g\xee\xbc\xf9\x0b\x16.Z\xbcd\xe9\xb2\xe5+V\xaeZ\xbdf\xed\xba\xf5\x1b6n\xda\xbce\xeb\xb6\xed;v\xee\xda\xbdg\xef\xbe\xfd\x07\x0e\x1e:|\xe4\xe8\xb1\xe3\'N\x9e:}\xe6\xec\xb9\xf3\x17.^\xba|\xe5\xea\xb5\xeb7n\xde\xba}\xe7\xee\xbd\xfb\x0f\x1e>z\xfc\xe4\xe9\xb3\xe7/^\xbez\xfd\xe6\xed\xbb\xf7\x1f>~\xfa\xfc\xe5\xeb\xb7\xef?~\xfe\xfa\xfd\xe7\xef\xbf\xff\x00E(d1'
Z9W9 = b'\x18\xd3\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8bT\xc5\x0c\x8cL\xcc,\xacl\xec\x1c\x9c\\\xdc<\xbc|\xfc\x02\x82B\xc2"\xa2b\xe2\x12\x92R\xd22\xb2r\xf2\n\x8aJ\xca*\xaaj\xea\x1a\x9aZ\xda:\xbaz\xfa\x06\x86F\xc6&\xa6f\xe6\x16\x96V\xd66\xb6v\xf6\x0e\x8eN\xce.\xaen\xee\x1e\x9e^\xde>\xbe~\xfe\x01\x81A\xc1!\xa1a\xe1\x11\x91Q\xd11\xb1q\xf1\t\x89I\xc9)\xa9i\xe9\x19\x99Y\xd99\xb9y\xf9\x05\x85E\xc5%\xa5e\xe5\x15\x95U\xd55\xb5u\xf5\r\x8dM\xcd-\xadm\xed\x1d\x9d]\xdd=\xbd}\xfd\x13&N\x9a<e\xea\xb4\xe93f\xce\x9a=g\xee\xbc\xf9\x0b\x16.Z\xbcd\xe9\xb2\xe5+V\xaeZ\xbdf\xed\xba\xf5\x1b6n\xda\xbce\xeb\xb6\xed;v\xee\xda\xbdg\xef\xbe\xfd\x07\x0e\x1e:|\xe4\xe8\xb1\xe3\'N\x9e:}\xe6\xec\xb9\xf3\x17.^\xba|\xe5\xea\xb5\xeb7n\xde\xba}\xe7\xee\xbd\xfb\x0f\x1e>z\xfc\xe4\xe9\xb3\xe7/^\xbez\xfd\xe6\xed\xbb\xf7\x1f>~\xfa\xfc\xe5\xeb\xb7\xef?~\xfe\xfa\xfd\xe7\xef\xbf\xff\x00E(d1'
RAW = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaaxT\xf1\xa8bT\xc5\x0c\x8cL\xcc,\xacl\xec\x1c\x9c\\\xdc<\xbc|\xfc\x02\x82B\xc2"\xa2b\xe2\x12\x92R\xd22\xb2r\xf2\n\x8aJ\xca*\xaaj\xea\x1a\x9aZ\xda:\xbaz\xfa\x06\x86F\xc6&\xa6f\xe6\x16\x96V\xd66\xb6v\xf6\x0e\x8eN\xce.\xaen\xee\x1e\x9e^\xde>\xbe~\xfe\x01\x81A\xc1!\xa1a\xe1\x11\x91Q\xd11\xb1q\xf1\t\x89I\xc9)\xa9i\xe9\x19\x99Y\xd99\xb9y\xf9\x05\x85E\xc5%\xa5e\xe5\x15\x95U\xd55\xb5u\xf5\r\x8dM\xcd-\xadm\xed\x1d\x9d]\xdd=\xbd}\xfd\x13&N\x9a<e\xea\xb4\xe93f\xce\x9a=g\xee\xbc\xf9\x0b\x16.Z\xbcd\xe9\xb2\xe5+V\xaeZ\xbdf\xed\xba\xf5\x1b6n\xda\xbce\xeb\xb6\xed;v\xee\xda\xbdg\xef\xbe\xfd\x07\x0e\x1e:|\xe4\xe8\xb1\xe3\'N\x9e:}\xe6\xec\xb9\xf3\x17.^\xba|\xe5\xea\xb5\xeb7n\xde\xba}\xe7\xee\xbd\xfb\x0f\x1e>z\xfc\xe4\xe9\xb3\xe7/^\xbez\xfd\xe6\xed\xbb\xf7\x1f>~\xfa\xfc\xe5\xeb\xb7\xef?~\xfe\xfa\xfd\xe7\xef\xbf\xff\x00'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x04\x03\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1e\r\x8d\xd1\xb41\x9aSF\x8b\x02\xd4\x82\x91\x81\x91\x89\x99\x85\x95\x8d\x9d\x83\x93\x8b\x9b\x87\x97\x8f_@PHXDTL\\BRJZFVN^AQIYEUM]CSK[GWO\xdf\xc0\xd0\xc8\xd8\xc4\xd4\xcc\xdc\xc2\xd2\xca\xda\xc6\xd6\xce\xde\xc1\xd1\xc9\xd9\xc5\xd5\xcd\xdd\xc3\xd3\xcb\xdb\xc7\xd7\xcf? 0(8$4,<"2*:&6.>!1)9%5-=#3+;\'7/\xbf\xa0\xb0\xa8\xb8\xa4\xb4\xac\xbc\xa2\xb2\xaa\xba\xa6\xb6\xae\xbe\xa1\xb1\xa9\xb9\xa5\xb5\xad\xbd\xa3\xb3\xab\xbb\xa7\xb7\xaf\x7f\xc2\xc4I\x93\xa7L\x9d6}\xc6\xccY\xb3\xe7\xcc\x9d7\x7f\xc1\xc2E\x8b\x97,]\xb6|\xc5\xcaU\xab\xd7\xac]\xb7~\xc3\xc6M\x9b\xb7l\xdd\xb6}\xc7\xce]\xbb\xf7\xec\xdd\xb7\xff\xc0\xc1C\x87\x8f\x1c=v\xfc\xc4\xc9S\xa7\xcf\x9c=w\xfe\xc2\xc5K\x97\xaf\\\xbdv\xfd\xc6\xcd[\xb7\xef\xdc\xbdw\xff\xc1\xc3G\x8f\x9f<}\xf6\xfc\xc5\xcbW\xaf\xdf\xbc}\xf7\xfe\xc3\xc7O\x9f\xbf|\xfd\xf6\xfd\xc7\xcf_\xbf\xff\xfc\xfd\xf7\x1f\x00I\xfb;\x81F\x06\x00\x00'
STORED = b'x\x01\x01\x0c\x00\xf3\xffstored bytes\x1f\xcf\x04\xd9'
FIXED = b'x\x01KLJN\x04#\x85\xb4\xcc\x8a\xd4\x14\x85\x8c\xd2\xb4\xb4\xdc\xc4<\x00f\xa2\x08\xa8'
DICTZ = b'x\xbbc\x0c\x08\xb3\xcb\xc0*\xaa\xa3\x80.\x0e\x00:\x02\x0fi'
DICTRAW = b'\xcb\xc0*\xaa\xa3\x80.\x0e\x00'

TEXT = b"The quick brown fox jumps over the lazy dog. " * 30 + bytes(range(256))


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        if isinstance(r, bytes) and len(r) > 40:
            r = ("bytes", len(r), r[:12])
        print(label, "->", r)


# Streams from C zlib decode here.
print(zlib.decompress(Z6) == TEXT, zlib.decompress(Z9W9, 9) == TEXT)
print(zlib.decompress(RAW, -15) == TEXT, zlib.decompress(GZ, 31) == TEXT)
print(zlib.decompress(GZ, 47) == TEXT, zlib.decompress(Z6, 47) == TEXT, zlib.decompress(Z6, 32) == TEXT)
print(zlib.decompress(Z6, 0) == TEXT, zlib.decompress(Z9W9, 0) == TEXT)
print(zlib.decompress(STORED), zlib.decompress(FIXED))
print(zlib.decompress(Z6 + b"trailing junk") == TEXT)
print(zlib.decompress(RAW + b"junk", -15) == TEXT)
print(zlib.decompress(Z6, bufsize=1) == TEXT, zlib.decompress(Z6, 15, 0) == TEXT)

# Round trips through this implementation.
for level in range(-1, 10):
    c = zlib.compress(TEXT, level)
    print("level", level, zlib.decompress(c) == TEXT, c[:2], len(c) < len(TEXT) or level == 0)
for wbits in (9, 10, 12, 14, 15, -9, -12, -15, 25, 28, 31, 8):
    c = zlib.compress(TEXT, 6, wbits)
    back = {31: 47, 8: 0, 9: 0, 12: 32, 15: 47}.get(wbits, wbits)
    print("wbits", wbits, zlib.decompress(c, wbits if wbits != 8 else 9) == TEXT,
          zlib.decompress(c, back) == TEXT, c[:2].hex() if wbits > 0 else "")
print(zlib.compress(b""), zlib.compress(b"", 0), zlib.compress(b"", 9), zlib.compress(b"", 1, 31))
print(zlib.compress(b"", wbits=-15), zlib.compress(b"", wbits=12), zlib.compress(b"", 3))
print(zlib.decompress(zlib.compress(b"")), zlib.decompress(zlib.compress(b"", wbits=31), 31))
print(zlib.compress(b"abc", 0))
big = bytes(i * 7 % 251 for i in range(200000))
print(zlib.decompress(zlib.compress(big)) == big, zlib.decompress(zlib.compress(big, 1, -15), -15) == big)
print(zlib.decompress(zlib.compress(big, 9, 31), 31) == big)
print(zlib.compress(data=b"x") if False else "", zlib.decompress(zlib.compress(b"kw", level=1, wbits=-10), wbits=-10))

# Checksums.
print(zlib.crc32(b"hello"), zlib.crc32(b"hello", 5), zlib.crc32(b""), zlib.crc32(TEXT))
print(zlib.adler32(b"hello"), zlib.adler32(b""), zlib.adler32(b"x", 0), zlib.adler32(TEXT))
print(zlib.crc32(b"a", -1), zlib.crc32(b"a", 2**32 + 5), zlib.adler32(b"a", -1), zlib.crc32(b"a", 2**70 + 3))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print(zlib.crc32(big), zlib.adler32(big))

# Constants.
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__, type(zlib.ZLIB_RUNTIME_VERSION).__name__, zlib.ZLIB_VERSION.count("."))
print(zlib.error, zlib.error.__mro__[1:], issubclass(zlib.error, Exception))

# Errors.
attempt("bad header", lambda: zlib.decompress(b"abc"))
attempt("empty", lambda: zlib.decompress(b""))
attempt("truncated", lambda: zlib.decompress(Z6[:-1]))
attempt("truncated body", lambda: zlib.decompress(Z6[:40]))
attempt("header only", lambda: zlib.decompress(Z6[:2]))
attempt("one byte", lambda: zlib.decompress(Z6[:1]))
attempt("bad adler", lambda: zlib.decompress(Z6[:-1] + b"x"))
attempt("block type", lambda: zlib.decompress(b"\x78\x9c\xff\xff"))
attempt("stored lengths", lambda: zlib.decompress(b"\x78\x9c\x00\x05\x00\x00\x00"))
attempt("need dict", lambda: zlib.decompress(DICTZ))
attempt("method", lambda: zlib.decompress(b"\x79\x9c"))
attempt("window", lambda: zlib.decompress(b"\x88\x98"))
attempt("window 9", lambda: zlib.decompress(Z6, 9))
attempt("zlib as raw", lambda: zlib.decompress(Z6, -15))
attempt("gz as zlib", lambda: zlib.decompress(GZ, 15))
attempt("zlib as gz", lambda: zlib.decompress(Z6, 31))
attempt("gz truncated", lambda: zlib.decompress(GZ[:-1], 31))
attempt("gz crc", lambda: zlib.decompress(GZ[:-8] + b"\0" * 8, 31))
attempt("gz size", lambda: zlib.decompress(GZ[:-4] + b"\0" * 4, 31))
attempt("gz method", lambda: zlib.decompress(b"\x1f\x8b\x09" + GZ[3:], 31))
attempt("gz flags", lambda: zlib.decompress(b"\x1f\x8b\x08\xe0" + GZ[4:], 31))
attempt("gz twice", lambda: zlib.decompress(GZ + GZ, 31) == TEXT)
for w in (7, 16, 48, -16, -7, 33, 39):
    attempt("decompress wbits %d" % w, lambda: zlib.decompress(Z6, w))
for w in (-8, 24, 32, 16, 7, 40):
    attempt("compress wbits %d" % w, lambda: zlib.compress(b"x", 6, w))
attempt("level 10", lambda: zlib.compress(b"x", 10))
attempt("level -2", lambda: zlib.compress(b"x", -2))
attempt("str", lambda: zlib.compress("x"))
attempt("none", lambda: zlib.decompress(None))
attempt("no args", lambda: zlib.compress())
attempt("data kw", lambda: zlib.compress(data=b"x"))
attempt("too many", lambda: zlib.compress(b"x", 1, 15, 3))
attempt("bad kw", lambda: zlib.compress(b"", foo=1))
attempt("twice", lambda: zlib.compress(b"", 1, level=1))
attempt("float level", lambda: zlib.compress(b"", 1.5))
attempt("str level", lambda: zlib.compress(b"", "1"))
attempt("huge level", lambda: zlib.compress(b"", 2**70))
attempt("bufsize", lambda: zlib.decompress(Z6, bufsize=-1))
attempt("crc str", lambda: zlib.crc32("x"))
attempt("crc float", lambda: zlib.crc32(b"x", 1.5))
attempt("crc kw", lambda: zlib.crc32(b"x", value=1))
attempt("crc none", lambda: zlib.crc32())
attempt("crc many", lambda: zlib.crc32(b"", 1, 2))
attempt("adler kw", lambda: zlib.adler32(b"", x=1))
try:
    zlib.decompress(b"nope")
except zlib.error as e:
    print("caught", type(e).__name__, e.args)
