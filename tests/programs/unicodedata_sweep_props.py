# Every code point's properties (surrogates aside), one CRC-32 per block of 4096.
import unicodedata as ud
import zlib

def digest(chars):
    none = [None] * len(chars)
    parts = [
        "|".join(map(ud.category, chars)),
        "|".join(map(ud.bidirectional, chars)),
        repr(list(map(ud.combining, chars))),
        "|".join(map(ud.east_asian_width, chars)),
        repr(list(map(ud.mirrored, chars))),
        repr(list(map(ud.decimal, chars, none))),
        repr(list(map(ud.digit, chars, none))),
        repr(list(map(ud.numeric, chars, none))),
        "|".join(map(ud.decomposition, chars)),
    ]
    return ["%08x" % zlib.crc32(p.encode()) for p in parts]

for base in range(0, 0x110000, 4096):
    chars = [chr(c) for c in range(base, base + 4096) if not 0xD800 <= c < 0xE000]
    print("%06X" % base, " ".join(digest(chars)))
