# bytearray as the bytes-like argument of struct, hashlib, zlib, binascii, base64, io, re, os
# and the int/float/str constructors.
import struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b=bytearray(8)
t(lambda: struct.pack_into('<i', b, 2, 7) or b)
t(lambda: struct.pack_into('<i', b, 6, 7))
t(lambda: struct.pack_into('<i', b, -1, 7))
t(lambda: struct.pack_into('<i', b, -10, 7))
t(lambda: struct.pack_into('<i', b, -4, 9) or b)
t(lambda: struct.pack_into('<i', b, 'a', 9))
t(lambda: struct.pack_into('<i', b'xxxx', 0, 9))
t(lambda: struct.pack('3s', bytearray(b'ab')))
t(lambda: struct.pack('c', bytearray(b'a')))
t(lambda: struct.unpack('<h', bytearray(b'ab')))
t(lambda: struct.Struct(bytearray(b'i')))
t(lambda: struct.Struct('<h').pack_into(b, 0, 5) or b)
t(lambda: struct.Struct('<h').unpack_from(bytearray(b'abc'), 1))
t(lambda: list(struct.iter_unpack('<h', bytearray(b'abcd'))))
import hashlib, zlib, binascii, base64, io
print(hashlib.md5(bytearray(b'a')).hexdigest(), hashlib.sha256(bytearray(b'xyz')).hexdigest()[:16])
h = hashlib.sha1(); h.update(bytearray(b'q')); print(h.hexdigest())
print(zlib.crc32(bytearray(b'a')), zlib.adler32(bytearray(b'abc')), binascii.hexlify(bytearray(b'a')), binascii.crc32(bytearray(b'a')))
print(base64.b64encode(bytearray(b'ab')), base64.b64decode(bytearray(b'YWI=')), base64.b16encode(bytearray(b'\x01')), base64.urlsafe_b64encode(bytearray(b'\xff\xfe')))
f=io.BytesIO(); f.write(bytearray(b'zz')); print(f.getvalue())
print(io.BytesIO(bytearray(b'init')).read())
print(binascii.a2b_hex(bytearray(b'4142')), binascii.unhexlify(bytearray(b'4142')), binascii.b2a_base64(bytearray(b'hi')))
print(zlib.decompress(bytearray(zlib.compress(b'q'))), zlib.compress(bytearray(b'aaaa')) == zlib.compress(b'aaaa'))
c = zlib.compressobj(zdict=bytearray(b'abc')); d = zlib.decompressobj(zdict=bytearray(b'abc'))
print(d.decompress(c.compress(b'abcabc') + c.flush()))
print(int(bytearray(b'12')), float(bytearray(b'1.5')), int(bytearray(b'ff'), 16), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
t(lambda: int(bytearray(b'x')))
t(lambda: float(bytearray(b'x')))
t(lambda: int(bytearray(b'z'), 16))
t(lambda: sum([], bytearray()))
t(lambda: ord(bytearray(b'a')))
t(lambda: ord(bytearray(b'ab')))
print(str(bytearray(b'abc'), 'ascii'), bytearray(b'ab').decode(), bytes(bytearray(b'q')), str(bytearray(b'\xff'), 'latin-1'))
import re
m=re.match(b'(x)y', bytearray(b'xyz')); print(repr(m.group()), repr(m.group(1)), repr(m.string), m.groups())
print(re.findall(rb'a.', bytearray(b'abac')), re.split(b',', bytearray(b'a,b')), re.sub(b'a', b'b', bytearray(b'aa')))
t(lambda: re.match('x', bytearray(b'x')))
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.bin")
fd = os.open(p, os.O_WRONLY | os.O_CREAT)
os.write(fd, bytearray(b'hello'))
os.close(fd)
with open(p, 'rb') as fh: print(fh.read())
with open(p, 'wb') as fh: fh.write(bytearray(b'again'))
with open(p, 'rb') as fh: print(fh.read())
os.remove(p)
os.rmdir(d)
raw = io.FileIO(os.devnull, "w")
print(raw.write(bytearray(b"abc")))
raw.close()
import pickle
for obj in [bytearray(b"pickled\x00\xff"), bytearray()]:
    back = pickle.loads(pickle.dumps(obj))
    print(back, type(back).__name__, back == obj)
import copy
orig = bytearray(b"copy me")
dup = copy.copy(orig)
dup.append(33)
print(orig, dup, copy.deepcopy(orig) == orig)

# io readinto and base64 with bytearray and memoryview
f = io.BytesIO(); print(f.write(memoryview(b"mv")), f.write(bytearray(b"ba")), f.getvalue())
f = io.BytesIO(b"abcdef"); buf = bytearray(3); print(f.readinto(buf), buf)
print(base64.b64encode(memoryview(b"ab")), binascii.hexlify(memoryview(b"a")))
try: f.write("s")
except TypeError as e: print(e)

f = io.BytesIO(b"ab"); m = memoryview(bytearray(4)); print(f.readinto(m), m.tobytes(), f.readinto(bytearray(2)))
import os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "x")
with open(p, "wb") as fh: fh.write(b"filedata")
with open(p, "rb", buffering=0) as fh:
    buf = bytearray(4); print(fh.readinto(buf), buf, fh.readinto(memoryview(buf)[1:]), buf)
with open(p, "rb") as fh:
    buf = bytearray(3); print(fh.readinto(buf), buf)
os.remove(p); os.rmdir(d)
import base64
for name in ["b64encode", "b64decode", "urlsafe_b64encode", "urlsafe_b64decode", "standard_b64encode", "b32encode", "b16encode", "encodebytes"]:
    f = getattr(base64, name)
    for arg in [memoryview(b"QUJD"), bytearray(b"QUJD")]:
        try: print(name, f(arg))
        except Exception as e: print(name, type(e).__name__, e)
for name in ["b32decode", "b16decode", "decodebytes"]:
    f = getattr(base64, name)
    src = {"b32decode": b"IFBEG===", "b16decode": b"414243", "a85decode": b"5sdq", "b85decode": b"K|(`", "decodebytes": b"QUJD\n"}[name]
    for arg in [memoryview(src), bytearray(src)]:
        try: print(name, f(arg))
        except Exception as e: print(name, type(e).__name__, e)
