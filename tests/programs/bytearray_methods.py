# The methods bytearray shares with bytes, over sample inputs: each call is made on a bytes
# and on a bytearray with the same contents, and both results (or errors) are printed.

SAMPLES = [b"", b"a", b"Hello, World", b"  spaced  out\t", b"a,b,,c", b"line1\nline2\r\nline3\r",
           b"\x00\xffmixed\x80", b"title case words", b"UPPER lower 123", b"-42", b"tab\there"]

CALLS = [
    ("upper", ()), ("lower", ()), ("swapcase", ()), ("title", ()), ("capitalize", ()),
    ("isdigit", ()), ("isalpha", ()), ("isalnum", ()), ("isspace", ()), ("isupper", ()),
    ("islower", ()), ("istitle", ()), ("isascii", ()),
    ("strip", ()), ("lstrip", ()), ("rstrip", ()), ("strip", (b" a",)), ("rstrip", (bytearray(b"\r\n"),)),
    ("strip", (None,)),
    ("split", ()), ("split", (b",",)), ("split", (b",", 1)), ("rsplit", (b",", 1)), ("rsplit", ()),
    ("split", (None, 1)), ("splitlines", ()), ("splitlines", (True,)),
    ("partition", (b",",)), ("rpartition", (b",",)), ("partition", (b"zz",)),
    ("find", (b"l",)), ("rfind", (b"l",)), ("find", (108, 3)), ("count", (b"l",)), ("count", (b"",)),
    ("index", (b"o",)), ("rindex", (b"o",)), ("find", (b"o", -5, -1)), ("count", (97,)),
    ("startswith", (b"He",)), ("endswith", ((b"x", b"d"),)), ("startswith", (bytearray(b"a"),)),
    ("replace", (b"l", b"L")), ("replace", (b"l", b"", 1)), ("replace", (b"", b"-")),
    ("removeprefix", (b"He",)), ("removesuffix", (b"ld",)), ("removeprefix", (b"",)),
    ("center", (20,)), ("center", (15, b"*")), ("ljust", (14, b".")), ("rjust", (3,)), ("zfill", (8,)),
    ("expandtabs", ()), ("expandtabs", (3,)),
    ("translate", (None, b"lo")), ("translate", (bytes.maketrans(b"lo", b"01"),)),
    ("join", ([b"x", bytearray(b"y"), b"z"],)), ("join", ([],)),
    ("hex", ()), ("hex", (":",)), ("hex", (b"-", 2)), ("decode", ()), ("decode", ("latin-1",)),
    ("decode", ("ascii", "replace")),
    ("__len__", ()), ("__contains__", (b"l",)), ("__add__", (b"!",)), ("__mul__", (2,)),
    ("__eq__", (b"a",)), ("__lt__", (b"b",)), ("__ge__", (bytearray(b"a"),)), ("__mod__", (()),),
    # error paths
    ("find", ()), ("find", ("l",)), ("find", (300,)), ("count", (b"a", "x")), ("split", (b"",)),
    ("split", (1,)), ("strip", (1,)), ("center", ()), ("center", (5, b"ab")), ("center", (5, "*")),
    ("join", (1,)), ("join", ([1],)), ("startswith", ("a",)), ("replace", (b"a",)),
    ("partition", (b"",)), ("translate", (b"short",)), ("upper", (1,)), ("hex", (1,)),
    ("hex", ("ab",)), ("decode", (1,)), ("decode", ("no-such-codec",)), ("zfill", ("3",)),
    ("expandtabs", ("x",)), ("removeprefix", ("x",)), ("index", (b"qq",)), ("splitlines", ("x",)),
    ("__add__", (1,)), ("__add__", ("s",)),
]


def show(r):
    if isinstance(r, (list, tuple)):
        inner = ", ".join(show(x) for x in r)
        return ("[%s]" if isinstance(r, list) else "(%s)") % inner
    return repr(r)


def run(obj, name, args):
    try:
        return show(getattr(obj, name)(*args))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for data in SAMPLES:
    print("==", data)
    for name, args in CALLS:
        rb = run(bytes(data), name, args)
        ra = run(bytearray(data), name, args)
        print(" ", name, args, "|", rb, "|", ra)

print(bytearray.fromhex("de ad be ef"), bytearray.fromhex(""), type(bytearray.fromhex("00")).__name__)
for bad in ["zz", "a", "0 0", b"00"]:
    try:
        bytearray.fromhex(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytearray.fromhex()
except TypeError as e:
    print(e)
print(bytearray.maketrans(b"ab", b"xy")[97:99], type(bytearray.maketrans(b"", b"")).__name__)
print(sorted(n for n in set(dir(bytearray)) - set(dir(bytes)) if n not in ("__alloc__", "__reduce__", "__reduce_ex__")))
print(sorted(n for n in set(dir(bytes)) - set(dir(bytearray)) if n not in ("__getnewargs__", "__bytes__")))
