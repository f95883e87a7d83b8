# unicodedata's API: lookup of names, aliases and named sequences, defaults, and errors.
import unicodedata as ud

print(ud.unidata_version, ud.__name__, ud.__doc__.splitlines()[0])

def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, ascii(args), "->", ascii(r), type(r).__name__)
    except Exception as e:
        print(f.__name__, ascii(args), "!", type(e).__name__, e)

for n in ["SPACE", "latin small letter a", "Latin Small Letter Sharp S", "LATIN CAPITAL LETTER GHA",
          "latin capital letter gha", "LINE FEED", "NULL", "BYTE ORDER MARK", "END OF MEDIUM", "EM",
          "LF", "nbsp", "ZWJ", "VS1", "KEYCAP NUMBER SIGN", "keycap digit zero",
          "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "TAMIL SYLLABLE KAA", "tamil syllable kaa",
          "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE A", "HANGUL SYLLABLE YE",
          "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE KKWAEGS", "hangul syllable ga", "Hangul Syllable GA",
          "HANGUL SYLLABLE ga", "HANGUL SYLLABLE ", "HANGUL SYLLABLE", "HANGUL SYLLABLE GGGA",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00",
          "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4E0",
          "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-20000",
          "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-3134A",
          "CJK UNIFIED IDEOGRAPH-31350", "CJK COMPATIBILITY IDEOGRAPH-F900",
          "cjk compatibility ideograph-f900", "CJK COMPATIBILITY IDEOGRAPH-0F900",
          "NUSHU CHARACTER-1B170", "nushu character-1b170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
          "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001", "SMILING FACE WITH HEART-SHAPED EYES",
          "GRINNING FACE", " SPACE", "SPACE ", "SPACE\x00junk", "", "X" * 256, "X" * 257,
          "\xe9" * 128, "\xe9" * 129, "\xe9", b"LATIN SMALL LETTER B", b"\xff", b"SP\x00ACE"]:
    show(ud.lookup, n)
for bad in [1, None, ["SPACE"], 2.5]:
    show(ud.lookup, bad)
show(ud.lookup)
show(ud.lookup, "A", "B")
try:
    ud.lookup(name="SPACE")
except TypeError as e:
    print("TypeError", e)

for c in ["a", "\x00", "\x7f", "\u00e9", "\uac00", "\ud7a3", "\u4e00", "\U0002a6df", "\uf900",
          "\U0001b170", "\U00018b00", "\U00017000", "\ue000", "\U000e0100", "\U000e01f0",
          "\U0010ffff", "\u0378", "\U0001f600", "\U0001fbf9", "\u2028"]:
    show(ud.name, c)
    show(ud.name, c, "<none>")

for c in ["5", "\u00bd", "\u2155", "x", "\u0664", "\u00b2", "\u2460", "\u216b", "\u4e07",
          "\U00012432", "\u0f33", "\U0001d7ce", "\uff19", "\u3405", "\U000109f6"]:
    for f in (ud.decimal, ud.digit, ud.numeric):
        show(f, c)
        show(f, c, -1)
for c in ["a", "\u0301", "\u05d0", "\u0660", "\u4e00", "\uff21", "\uff76", "(", "\u00ab",
          "\u0378", "\U000e0001", "\ue000", "\U0010fffd", "\u2029", "\u200f", "\u2067"]:
    for f in (ud.category, ud.bidirectional, ud.combining, ud.east_asian_width, ud.mirrored,
              ud.decomposition):
        show(f, c)

class S(str):
    pass

for f in (ud.name, ud.decimal, ud.digit, ud.numeric, ud.category, ud.bidirectional,
          ud.combining, ud.east_asian_width, ud.mirrored, ud.decomposition):
    for args in [(), ("ab",), ("",), (1,), (b"a",), (S("a"),), ("a", None, None)]:
        show(f, *args)
    try:
        f(chr=" ")
    except TypeError as e:
        print("TypeError", e)

for f in (ud.normalize, ud.is_normalized):
    for args in [(), ("NFC",), ("NFC", 1), (1, "a"), ("NFC", "a", "b"), ("nfc", "a"),
                 ("NFX", "a"), ("NFKC", S("\ufb01")), (S("NFD"), "\u00e9"), ("NFC", b"a"),
                 ("NFC", ""), ("NFD", "")]:
        show(f, *args)
    try:
        f(form="NFC", unistr="a")
    except TypeError as e:
        print("TypeError", e)

print(sorted(n for n in dir(ud) if not n.startswith("_") and n not in ("UCD", "ucd_3_2_0")))
print(ud.normalize("NFC", "\u00e9") == "\u00e9", "\N{GREEK SMALL LETTER ALPHA}",
      ascii("\N{LATIN SMALL LETTER C WITH CEDILLA}"), ascii("\N{BYTE ORDER MARK}"),
      ascii("\N{HANGUL SYLLABLE GAG}"), ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"))
for form, text in [("NFC", S("a")), ("NFD", S("\u00e9")), ("NFKC", S("")), ("NFC", "abc")]:
    r = ud.normalize(form, text)
    print(form, type(r).__name__, r is text, ascii(r))
