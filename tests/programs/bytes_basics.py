# bytes literals, indexing, slicing
b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(b + b' world', b * 2, b'ell' in b, 104 in b, b'' in b)
print(bytes([72, 105, 33]), bytes(3), bytes(), bytes(range(65, 70)))
print(list(b'AB\x00\xff'), tuple(b'xy'))
print(b.decode(), b.decode('ascii'), b'caf\xc3\xa9'.decode('utf-8'))
print(b == b'hello', b != b'hellO', b < b'help', b'abc' < b'abd', b'' < b'\x00')
print(b.hex(), b'\x00\x0f\xff'.hex(), bytes.fromhex('48 65 6c'), b''.hex())
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'l'), b.count(b'l'))
print(b.startswith(b'he'), b.endswith(b'lo'), b'  x '.strip(), b','.join([b'a', b'b']))
print(b'abc'.index(b'c'), b'a-b'.split(b'-'), b.isalpha(), b'123'.isdigit())
for byte in b'Hi!':
    print(byte, end=' ')
print()
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + 'str'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
print(bytes('abc', 'utf-8'), str(b'x'), b'x' == 'x')
