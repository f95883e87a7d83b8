# binascii and base64: encodings both ways, CRCs, and error messages.
import binascii
import base64
import io
import random


def t(f, *a, **kw):
    try:
        print(repr(f(*a, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


print(binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__)
t(binascii.hexlify, b'\x00\xffab')
t(binascii.hexlify, b'abc', '-')
t(binascii.hexlify, b'abcdef', b':', 2)
t(binascii.hexlify, b'abcde', ':', 2)
t(binascii.hexlify, b'abcde', ':', -2)
t(binascii.hexlify, b'abcde', sep='.', bytes_per_sep=3)
t(binascii.hexlify, b'', ':')
t(binascii.hexlify, b'ab', '::')
t(binascii.b2a_hex, 'x')
t(binascii.unhexlify, b'00ff')
t(binascii.unhexlify, '00FFaB')
t(binascii.a2b_hex, b'0')
t(binascii.unhexlify, b'zz')
t(binascii.unhexlify, '\u00e90')
t(binascii.unhexlify, 5)
t(binascii.b2a_base64, b'abcd')
t(binascii.b2a_base64, b'abcd', newline=False)
t(binascii.b2a_base64, b'')
t(binascii.b2a_base64, bytes(range(256)))
for data in [b'YWJjZA==', 'YWJj ZA==\n', b'YWJjZA', b'YWJjZ', b'Y', b'YQ==YQ==', b'YQ=', b'YW=Jj',
             b'', b'====', b'!!!!', b'YQ', b'YWI=', b'YWJj\nZGVm']:
    t(binascii.a2b_base64, data)
    t(binascii.a2b_base64, data, strict_mode=True)
t(binascii.a2b_base64, '\u00e9')
for data in [b'hello', b'', bytes(range(256)), b'a' * 1000]:
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0),
          binascii.crc_hqx(data, 0xffff))
t(binascii.crc32, 'x')
t(binascii.crc32, b'a', -1)
t(binascii.crc32, b'a', 2 ** 40)
t(binascii.crc_hqx, b'a', -1)
t(binascii.crc_hqx, b'a', 2 ** 40)
crc = 0
for chunk in [b'abc', b'def', b'ghi']:
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b'abcdefghi'))

# base64
t(base64.b64encode, b'\xfb\xff')
t(base64.b64encode, b'\xfb\xff', altchars=b'-_')
t(base64.b64encode, 'x')
t(base64.b64decode, b'-_8=', altchars=b'-_')
t(base64.b64decode, 'YQ==x', validate=True)
t(base64.b64decode, 'YQ==x')
t(base64.b64decode, 'Y Q = =')
t(base64.b64decode, 'Y Q = =', validate=True)
t(base64.b64decode, 5)
t(base64.b64decode, '\u00e9')
t(base64.standard_b64encode, b'hi'), t(base64.standard_b64decode, 'aGk=')
t(base64.urlsafe_b64encode, b'\xfb\xff\xfe')
t(base64.urlsafe_b64decode, '-_-_')
t(base64.b32encode, b'hello')
for n in range(7):
    t(base64.b32encode, b'xyzzy!'[:n])
t(base64.b32decode, b'NBSWY3DP')
t(base64.b32decode, 'nbswy3dp')
t(base64.b32decode, b'nbswy3dp', casefold=True)
t(base64.b32decode, b'NBSWY3D')
t(base64.b32decode, b'NBSWY3D1')
t(base64.b32decode, b'0BSWY3DP', map01=b'L')
t(base64.b32decode, b'ME======')
t(base64.b32decode, b'MEZ=====')
t(base64.b32decode, b'MF2A====')
t(base64.b32decode, b'ME=A====')
t(base64.b32decode, b'')
t(base64.b32hexencode, b'hello')
t(base64.b32hexdecode, b'D1IMOR3F')
t(base64.b32hexdecode, b'd1imor3f', casefold=True)
t(base64.b16encode, b'\xab\x01')
t(base64.b16decode, b'AB01')
t(base64.b16decode, b'ab')
t(base64.b16decode, b'ab', casefold=True)
t(base64.b16decode, b'A')
t(base64.b16decode, b'G0')
t(base64.encodebytes, b'x' * 60)
t(base64.decodebytes, b'eA==\n')
t(base64.encodebytes, 'x')
out = io.BytesIO()
base64.encode(io.BytesIO(b'binary \x00 data' * 10), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == b'binary \x00 data' * 10)

rng = random.Random(7)
ok = 0
for i in range(300):
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
    enc = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
           base64.b32hexencode(data), base64.b16encode(data), binascii.hexlify(data)]
    dec = [base64.b64decode(enc[0]), base64.urlsafe_b64decode(enc[1]), base64.b32decode(enc[2]),
           base64.b32hexdecode(enc[3]), base64.b16decode(enc[4]), binascii.unhexlify(enc[5])]
    if all(d == data for d in dec):
        ok += 1
    if i < 5:
        print(enc, binascii.crc32(data), binascii.crc_hqx(data, 0))
print(ok)
t(base64.decodebytes, 'x')
