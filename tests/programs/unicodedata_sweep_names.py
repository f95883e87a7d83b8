# Every code point's name (surrogates aside), one CRC-32 per block of 4096, and every
# name looked up again (as given and in lower case).
import unicodedata as ud
import zlib

total = 0
bad = []
for base in range(0, 0x110000, 4096):
    chars = [chr(c) for c in range(base, base + 4096) if not 0xD800 <= c < 0xE000]
    names = list(map(ud.name, chars, [""] * len(chars)))
    named = [n for n in names if n]
    total += len(named)
    back = "".join(map(ud.lookup, named))
    if back != "".join(c for c, n in zip(chars, names) if n):
        bad.append("%06X" % base)
    print("%06X %5d %08x" % (base, len(named), zlib.crc32("|".join(names).encode())))
print("named", total, "bad round trips", bad)

# Case does not matter for names from the table; it does for CJK and Hangul ones.
sample = [chr(c) for c in range(0x20, 0x30000, 97) if not 0xD800 <= c < 0xE000]
ok = fail = 0
for c in sample:
    n = ud.name(c, None)
    if n is None:
        continue
    try:
        r = ud.lookup(n.lower())
        ok += r == c
    except KeyError:
        fail += 1
print("lower-case lookups", ok, "refused", fail)
