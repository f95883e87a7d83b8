# repr of bytes with escapes
vals = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x01\x7f\x80\xff', b'\t\n\r', b'\\', b'\x1b[0m', bytes(range(30, 40))]
for v in vals:
    print(repr(v), str(v), len(v))
print(bytes(range(256)))
print([b'a', b'\n'], (b'\xff',))
