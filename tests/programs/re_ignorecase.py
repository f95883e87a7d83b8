# IGNORECASE equivalences (literals, classes, ranges) and Unicode classes, as CPython 3.11.
import re
chars = ['s', 'S', '\u017f', 'k', 'K', '\u212a', '\u00df', '\u1e9e', 'i', 'I', '\u0130', '\u0131', '\u03c3', '\u03c2', '\u03a3', '\u00b5', '\u03bc', '\u039c', '\u01c4', '\u01c5', '\u01c6', '\u0345', '\u03b9', '\u1fbe', 'e', '\u00e9', '\u00c9', '\u0398', '\u03b8', '\u03d1']
for a in chars:
    row = []
    for b in chars:
        row.append('1' if re.match('(?i)' + re.escape(a), b) else '0')
    cls = ''.join('1' if re.match('(?i)[' + a + ']', b) else '0' for b in chars)
    rng = ''.join('1' if re.match('(?i)[' + a + '-' + a + ']', b) else '0' for b in chars)
    print(ascii(a), ''.join(row), cls, rng)
print(re.match(r'(?i)(\w+)\1', 'abcABC'), re.match(r'(?i)(\u017f)\1', '\u017fs'))

# Unicode classes over part of the code space (where Unicode 14, CPython 3.11's version,
# and newer versions agree): counts and checksums of the members.
for pat in [r"\w", r"\d", r"\s", r"\W", r"(?a)\w", r"(?i)[a-z]", r"(?i)[^k]", r"(?i)\u00e9", r"(?i)[\u0100-\u017f]", r"(?i)[\u0391-\u03a9]"]:
    p = re.compile(pat)
    n = 0
    total = 0
    for c in list(range(0, 0x800)) + list(range(0x1e00, 0x2200)) + list(range(0x3000, 0x3100)):
        if p.match(chr(c)):
            n += 1
            total += c
    print(pat, n, total)
print(re.findall(r"\b\w+\b", "naïve café — Ωmega 12٣"), re.sub(r"(?i)STRASSE", "x", "straße strasse"))
print(re.findall(r"(?i)\w+", "ǅemal ǆ Ǆ"), re.split(r"\s+", "a\u2003b\u00a0c\x1cd"))
