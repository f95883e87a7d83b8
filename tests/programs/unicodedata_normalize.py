# Normalization: every code point alone in each form (one CRC-32 per 4096), then a corpus of
# mixed strings (combining marks out of order, Hangul jamo, compatibility characters).
import unicodedata as ud
import zlib

FORMS = ("NFC", "NFD", "NFKC", "NFKD")

for base in range(0, 0x110000, 4096):
    chars = [chr(c) for c in range(base, base + 4096) if not 0xD800 <= c < 0xE000]
    row = []
    for f in FORMS:
        out = [ud.normalize(f, c) for c in chars]
        row.append("%08x" % zlib.crc32("|".join(out).encode()))
        row.append(str(sum(map(ud.is_normalized, [f] * len(chars), chars))))
    print("%06X" % base, " ".join(row))

# A fixed pseudo-random corpus.
POOL = ("a e o A E u n c s z \u00e9 \u00c5 \u0041\u030a \u212b \u1e0b \u1e63 \u0307 \u0323 "
        "\u0301 \u0300 \u0302 \u0308 \u0327 \u0328 \u031b \u0345 \u05b0 \u05b4 \u0591 \u3099 "
        "\u309a \u304b \u30cf \uff76 \uff9e \u1100 \u1161 \u11a8 \u11c2 \uac00 \uac01 \ud7a3 "
        "\u1112 \u1175 \ufb01 \ufb03 \u2460 \u2474 \u00bd \u2155 \u00b2 \u2082 \u1d49 \u3300 "
        "\u32ff \u2126 \u212a \u0958 \u0915 \u093c \u09cb \u09c7 \u09be \u0b48 \u0b47 \u0b56 "
        "\u0f73 \u0f71 \u0f72 \u1025 \u102e \u1b3b \u1b35 \u0cca \u0cc6 \u0cc2 \u0cd5 "
        "\U0001d15e \U0001d157 \U0001d165 \U0001d16e \U0002f800 \uf900 \u0390 \u03d3 \u1f80 "
        "\u1fb7 \u0344 \u0340 \u0374 \u037e \u00a0 \u2000 \u200b \u3000 \ufeff \u0627 \u0653 "
        "\ufdfa \ufe81 \U000110ab \U000110a5 \U000110ba \U00011131 \U00011127 \U0001134b "
        "\U00011347 \U0001133e \U00011357 \U000114bc \U000115ba \U00011935 \U00011930").split()
state = 12345

def rand(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state % n

lines = []
for i in range(3000):
    s = "".join(POOL[rand(len(POOL))] for _ in range(1 + rand(8)))
    outs = [ud.normalize(f, s) for f in FORMS]
    flags = "".join("1" if ud.is_normalized(f, s) else "0" for f in FORMS)
    lines.append(ascii(s) + " " + " ".join(map(ascii, outs)) + " " + flags)
print(len(lines), "%08x" % zlib.crc32("\n".join(lines).encode()))
for line in lines[:40]:
    print(line)

# Idempotence and the round trips the forms promise.
for s in ["\u1e9b\u0323", "\u0041\u030a\u0301", "\ufb01\u0301", "\u0f73\u0f73", "\u00c5\u0327"]:
    nfd, nfc = ud.normalize("NFD", s), ud.normalize("NFC", s)
    print(ascii(s), nfd == ud.normalize("NFD", nfc), nfc == ud.normalize("NFC", nfd),
          ud.normalize("NFKC", s) == ud.normalize("NFC", ud.normalize("NFKD", s)))
s = "plain ascii"
print(ud.normalize("NFC", s) is s, ud.normalize("NFKD", "") == "")
