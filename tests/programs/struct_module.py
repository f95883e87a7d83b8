# struct: every format code, byte orders, native alignment, Struct, and error messages.
import struct


def t(f, *a, **kw):
    try:
        print(repr(f(*a, **kw)))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


print(struct.error.__module__, issubclass(struct.error, Exception))
# Round trips of every code in every byte order.
values = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535],
          'i': [-2 ** 31, 2 ** 31 - 1], 'I': [0, 2 ** 32 - 1], 'l': [-2 ** 31, 2 ** 31 - 1],
          'L': [0, 2 ** 32 - 1], 'q': [-2 ** 63, 2 ** 63 - 1], 'Q': [0, 2 ** 64 - 1],
          '?': [True, False], 'e': [1.5, -0.0, 65504.0, 2 ** -24], 'f': [0.1, -3.4e38],
          'd': [0.1, -1e308, float('inf')], 'c': [b'a', b'\xff']}
for order in '@=<>!':
    for code, vs in values.items():
        for v in vs:
            data = struct.pack(order + code, v)
            back = struct.unpack(order + code, data)[0]
            print(order + code, v, data, back, struct.calcsize(order + code))
for code in 'nNP':
    for v in (0, 1, 2 ** 40):
        data = struct.pack(code, v)
        print(code, v, data, struct.unpack(code, data))

# Alignment and sizes.
for fmt in ['@bhiq', '=bhiq', '<bhiq', 'ci', '@ci', '=ci', 'lh0l', 'llh', 'bd', '<bd',
            '3x', '2x3s', 'x?e', '@?e', '10s', '0s', 'i i', '  i', '', '<', '!', '5p',
            '@qb', '@bq0q', 'xq', 'hP', 'e', '4c', '2?']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('@bhiq', 1, 2, 3, 4), struct.pack('<bhiq', 1, 2, 3, 4))
print(struct.pack('>bhiq', -1, -2, -3, -4), struct.unpack('>bhiq', struct.pack('>bhiq', -1, -2, -3, -4)))
print(struct.pack('lh0l', 1, 2), struct.unpack('@bq0q', bytes(range(16))))

# Strings.
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('s', b''), struct.pack('0s', b'x'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'abc'), struct.pack('0p', b'x'))
print(struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('3p', b'\x05ab'), struct.unpack('4p', b'\x01abc'))
print(struct.pack('300p', b'a' * 300)[:3], struct.unpack('300p', b'\xff' + b'a' * 299)[0][-3:])
print(struct.pack('>5s2x?', b'hello', True), struct.unpack('>5s2x?', b'hello\x00\x00\x01'))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('2c', b'ab'))
print(struct.pack('<4sI', b'RIFF', 36))

# Half floats: rounding, subnormals, specials.
for v in [1.0, 0.1, 1e-5, 1e-8, 5.960464477539063e-08, 2.98e-08, 65519.99, 65504.0,
          -2.0, float('inf'), float('-inf'), float('nan'), 0.33325, 1.0009765625,
          1.00048828125, 1.00146484375, 6.1e-5]:
    print(v, struct.pack('<e', v), struct.pack('>e', v))
for raw in [b'\x00\x00', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b', b'\x00\x7c',
            b'\x00\xfc', b'\x00\x80', b'\x55\x35']:
    print(raw, struct.unpack('<e', raw))
print(struct.unpack('<e', b'\x01\x7e')[0] != struct.unpack('<e', b'\x01\x7e')[0])

# Floats: f rounding, overflow in standard and native modes.
for fmt in ['<f', '>f', 'f', '=f', '!e', 'd', '<d']:
    for v in (1e300, -1e300, 3.4028235e38, 1e-50, float('nan')):
        t(struct.pack, fmt, v)
print(struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<d', struct.pack('<d', 0.1)))

# Integer range errors and messages.
for fmt, v in [('h', 40000), ('H', -1), ('b', 200), ('B', -1), ('i', 2 ** 31), ('I', -1),
               ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('q', 2 ** 63), ('Q', -1),
               ('Q', 2 ** 64), ('n', 2 ** 63), ('N', -1), ('<h', -40000), ('<H', 2 ** 16),
               ('<b', -129), ('<B', 256), ('<i', -2 ** 31 - 1), ('<I', -1), ('<I', 2 ** 32),
               ('<l', 2 ** 31), ('<L', 2 ** 32), ('<L', -1), ('<q', 2 ** 63),
               ('<q', -2 ** 63 - 1), ('<Q', 2 ** 64), ('>Q', -1), ('P', 2 ** 64),
               ('P', -1), ('q', 10 ** 40), ('>q', 2 ** 63), ('!Q', 2 ** 64), ('>h', 2 ** 70), ('b', -10 ** 40)]:
    t(struct.pack, fmt, v)
# Argument types.
class Idx:
    def __index__(self):
        return 7

class MyInt(int):
    pass

for fmt, v in [('<b', 'x'), ('b', 1.5), ('i', 3.0), ('i', None), ('b', Idx()), ('h', MyInt(9)),
               ('i', True), ('f', 'x'), ('f', 3), ('d', True), ('e', 'x'), ('d', 10 ** 400),
               ('c', b'ab'), ('c', 'a'), ('c', 1), ('s', 'a'), ('p', 'x'), ('?', []),
               ('?', [0]), ('?', 5), ('?', None)]:
    t(struct.pack, fmt, v)
print(struct.unpack('?', b'\x05'), struct.unpack('3?', b'\x00\x01\xff'))

# Format errors.
for fmt in ['<n', '=P', '>N', 'z', '3', '3 i', 'i3', '<>i', '999999999999999999999i',
            '9223372036854775807q', 'Z', '@', 'i#']:
    t(struct.calcsize, fmt)
t(struct.calcsize, 5)
t(struct.calcsize, b'<ii')
t(struct.pack, 5)

# Argument count and buffer errors.
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, '2s', b'a', b'b')
t(struct.pack, 'x')
t(struct.pack, 'x', 1)
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'i', b'abcde')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', 5)
t(struct.unpack, '', b'')
t(struct.unpack_from, 'ii', b'0123456789', 4)
t(struct.unpack_from, 'i', b'0123456789', -20)
t(struct.unpack_from, 'i', b'0123456789', -2)
t(struct.unpack_from, 'i', b'0123456789', -4)
t(struct.unpack_from, 'i', b'0123456789', 11)
t(struct.unpack_from, 'i', b'0123456789', 6)
t(struct.unpack_from, '<h', b'\x01\x02\x03', 1)
t(struct.unpack_from, '<h', buffer=b'\x01\x02\x03', offset=1)
t(struct.unpack_from, '<h', b'\x01\x02\x03')
t(lambda: list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
t(lambda: list(struct.iter_unpack('i', b'123456')))
t(lambda: list(struct.iter_unpack('0i', b'')))
t(lambda: list(struct.iter_unpack('<2h', b'')))
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', b'1234')
t(struct.pack_into, 'i', b'1234', 0)
t(struct.pack_into, 'ii', b'1234', 0, 1)
t(struct.pack_into, 'i', b'1234', 0, 1)

# The Struct class.
s = struct.Struct('<hi')
print(s.format, s.size, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'))
print(s.unpack_from(b'xx\x01\x00\x02\x00\x00\x00', 2), list(s.iter_unpack(bytes(12))))
s2 = struct.Struct(b'>Q')
print(s2.format, s2.size, s2.pack(2 ** 64 - 1), s2.unpack(b'\x00' * 7 + b'\x05'))
t(struct.Struct, 5)
t(struct.Struct, 'q!')
t(s.pack, 1)
t(s.unpack, b'')
