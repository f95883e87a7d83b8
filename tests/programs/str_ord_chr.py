# ord / chr
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('\x00'), ord('~'))
print(chr(97), chr(65), repr(chr(0)), repr(chr(10)), chr(0x263A), repr(chr(127)), repr(chr(160)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
def rot13(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)
print(rot13('Hello, World!'), rot13(rot13('Hello, World!')))
print([ord(c) for c in 'Python'])
print(chr(0x10FFFF) == '\U0010ffff', ord('\U0010ffff'))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
