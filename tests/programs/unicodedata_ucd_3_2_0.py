# unicodedata.ucd_3_2_0: the Unicode 3.2.0 view (per-block digests of every property, name
# and normalization), and its API.
import unicodedata
import zlib

ucd = unicodedata.ucd_3_2_0
print(ucd.unidata_version, type(ucd).__name__, type(ucd).__module__, unicodedata.UCD is type(ucd))

def crc(parts):
    return "%08x" % zlib.crc32("\n".join(parts).encode())

for base in range(0, 0x110000, 8192):
    chars = [chr(c) for c in range(base, base + 8192) if not 0xD800 <= c < 0xE000]
    none = [None] * len(chars)
    props = crc(["|".join(map(ucd.category, chars)), "|".join(map(ucd.bidirectional, chars)),
                 repr(list(map(ucd.combining, chars))), "|".join(map(ucd.east_asian_width, chars)),
                 repr(list(map(ucd.mirrored, chars))), repr(list(map(ucd.decimal, chars, none))),
                 repr(list(map(ucd.digit, chars, none))), repr(list(map(ucd.numeric, chars, none))),
                 "|".join(map(ucd.decomposition, chars))])
    names = list(map(ucd.name, chars, [""] * len(chars)))
    norms = crc(["|".join(ucd.normalize(f, c) for c in chars) for f in ("NFC", "NFD", "NFKC", "NFKD")])
    print("%06X" % base, props, crc(names), sum(1 for n in names if n), norms)

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, ascii(args), "->", ascii(r))
    except Exception as e:
        print(f.__name__, ascii(args), "!", type(e).__name__, e)

for n in ["latin small letter a", "LATIN SMALL LETTER D WITH CURL", "LATIN CAPITAL LETTER GHA",
          "BYTE ORDER MARK", "ZERO WIDTH NO-BREAK SPACE", "LF", "KEYCAP NUMBER SIGN",
          "HANGUL SYLLABLE GA", "CJK UNIFIED IDEOGRAPH-9FA5", "CJK UNIFIED IDEOGRAPH-9FA6",
          "CJK UNIFIED IDEOGRAPH-30000", "CJK COMPATIBILITY IDEOGRAPH-FA30",
          "CJK COMPATIBILITY IDEOGRAPH-FA70", "NUSHU CHARACTER-1B170", "GRINNING FACE", "nope"]:
    show(ucd.lookup, n)
for c in ["a", "\u0221", "\u9fa6", "\uac00", "\U0001f600", "\u20ac", "\u0346", "\u1e9b"]:
    for f in (ucd.name, ucd.category, ucd.bidirectional, ucd.combining, ucd.decomposition):
        show(f, c)
for s in ["\u1e9b\u0323", "\u0041\u030a", "\u00c5\u0327", "\u0f73", "\ufb01\u0301", "\uac00\u11a8"]:
    print(ascii(s), [ascii(ucd.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ucd.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
for f in (ucd.name, ucd.numeric, ucd.category, ucd.lookup, ucd.decomposition, ucd.normalize,
          ucd.is_normalized):
    for args in [(), ("ab",), ("NFX", "a")]:
        show(f, *args)
    try:
        f(x=1)
    except TypeError as e:
        print("TypeError", e)
try:
    unicodedata.UCD()
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(unicodedata.UCD) if not n.startswith("_")))

# Normalization of mixed marks in both databases (marks assigned after 3.2 among them).
pool = ([chr(c) for c in range(0x300, 0x370)] + [chr(c) for c in range(0x591, 0x5c8)] +
        list("aeiouAEIOUnNcCsSzZ") +
        [chr(c) for c in (0x1100, 0x1161, 0x11a8, 0xac00, 0x0b47, 0x0b3e, 0x0b56, 0x0b57, 0x0cc6,
                          0x0cc2, 0x0cd5, 0x0f71, 0x0f72, 0x0f74, 0x0f80, 0x1b05, 0x1b35, 0x0e48,
                          0x0e38, 0x1dc0, 0x20d0, 0x302a, 0x3099, 0x309a, 0x304b, 0x1e00, 0x0345,
                          0x0f39, 0x1039, 0x1037, 0x0dca, 0x0dd9, 0x0dcf, 0x0bc6, 0x0bbe, 0x0bd7,
                          0x09c7, 0x09be, 0x1025, 0x102e, 0x110a5, 0x110ba, 0x11131, 0x11127,
                          0x2f868, 0x2f91f)])
state = 7

def rand(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n

for db in (unicodedata, ucd):
    out = []
    for i in range(4000):
        s = "".join(pool[rand(len(pool))] for _ in range(1 + rand(6)))
        out.append("|".join(db.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")))
        out.append("".join("1" if db.is_normalized(f, s) else "0" for f in ("NFC", "NFKD")))
    print(db.unidata_version, "%08x" % zlib.crc32("\n".join(out).encode()), ascii(out[-2]))
