# codecs: search functions, custom error handlers, incremental coders over split
# multi-byte input, StreamReader/StreamWriter, codecs.open, iterencode/iterdecode.
import codecs
import io
import os
import tempfile

seen = []


def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)),
                                lambda b, e="strict": (bytes(b).decode().lower(), len(b)),
                                name="mine")
    if name == "bad":
        return 5
    return None


codecs.register(search)
for n in ["My-Codec", "MY CODEC", " my_codec ", "bad", "nope", "a--b..c", "x\ty"]:
    try:
        ci = codecs.lookup(n)
        print(repr(n), ci.name, type(ci).__name__)
    except Exception as e:
        print(repr(n), type(e).__name__, e)
print(seen)
print(codecs.encode("abc", "my_codec"), codecs.decode(b"ABC", "my-codec"))
codecs.unregister(search)
try:
    codecs.lookup("my_codec")
except LookupError as e:
    print("after unregister:", e)
for bad in (5, None):
    try:
        codecs.register(bad)
    except TypeError as e:
        print("register:", e)


def handler(exc):
    print("  handler", type(exc).__name__, exc.encoding, repr(exc.object), exc.start, exc.end,
          exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ("<%d>" % ord(exc.object[exc.start]), exc.start + 1)
    return ("[%02x]" % exc.object[exc.start], exc.start + 1)


codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler)
print(codecs.encode("aé€b", "ascii", "mine"))
print(codecs.encode("aé€b😀", "latin-1", "mine"))
print(codecs.encode("aé€b😀\x81", "cp1252", "mine"))
print(codecs.decode(b"a\xff\xfeb\xe2\x82", "utf-8", "mine"))
print(codecs.decode(b"a\xff\x80b", "ascii", "mine"))
print(codecs.lookup("ascii").encode("xéy", "mine"))
codecs.register_error("skip2", lambda e: ("", e.end + 1))
print(codecs.encode("aébc", "ascii", "skip2"))
codecs.register_error("neg", lambda e: ("?", -1))
print(codecs.encode("aéb", "ascii", "neg"))
codecs.register_error("badret", lambda e: 5)
for args in [("aé", "ascii", "badret"), ("aé", "ascii", "nosuch")]:
    try:
        codecs.encode(*args)
    except Exception as e:
        print(type(e).__name__, e)
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
             "namereplace"]:
    print(name, codecs.lookup_error(name) is getattr(codecs, name + "_errors"))
for bad in [("x", 5), (5, len)]:
    try:
        codecs.register_error(*bad)
    except TypeError as e:
        print("register_error:", e)
try:
    codecs.lookup_error("nosuch")
except LookupError as e:
    print("lookup_error:", e)

print("incremental")
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig",
            "latin-1", "cp1252"]:
    text = {"latin-1": "hé»", "cp1252": "hé€"}.get(enc, "hé€😀")
    data = codecs.encode(text, enc)
    for step in (1, 2, 3):
        dec = codecs.getincrementaldecoder(enc)()
        parts = [dec.decode(data[i:i + step]) for i in range(0, len(data), step)]
        parts.append(dec.decode(b"", True))
        print(" ", enc, step, parts)
    enc_ = codecs.getincrementalencoder(enc)()
    print("  ", [enc_.encode(c) for c in text], enc_.encode("", True))
    enc_.reset()
    print("   reset:", enc_.encode("x"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"a\xe2")), d.getstate(), repr(d.decode(b"\x82")), d.getstate())
print(repr(d.decode(b"\xac", final=True)), d.getstate())
d.decode(b"\xf0\x9f")
d.reset()
print(d.getstate(), repr(d.decode(b"z")))
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xe2")), repr(d.decode(b"", final=True)))
d = codecs.getincrementaldecoder("utf-8")()
try:
    d.decode(b"a\xe0\x80")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
d = codecs.getincrementaldecoder("utf-8")()
try:
    d.decode(b"a\xe2\x82", final=True)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(list(codecs.iterencode(["a", "é", "", "😀"], "utf-8")))
print(list(codecs.iterencode(["a", "é"], "utf-16")))
print(list(codecs.iterdecode([b"a\xc3", b"\xa9", b"", b"\xf0\x9f", b"\x98\x80"], "utf-8")))

print("streams")
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"]:
    buf = io.BytesIO()
    w = codecs.getwriter(enc)(buf)
    w.write("héllo\n")
    w.writelines(["wörld\r\n", "x\rlast"])
    data = buf.getvalue()
    print(enc, data)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" ", repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read()))
    print(" ", list(codecs.getreader(enc)(io.BytesIO(data))))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" ", repr(r.read(3)), repr(r.read(chars=2)), r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(" ", r.readlines(keepends=False))

folder = tempfile.mkdtemp()
path = os.path.join(folder, "t.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    print(type(f).__name__, f.encoding)
    f.write("ünïcode\n")
    f.write("line 2\n")
with open(path, "rb") as f:
    print(f.read())
with codecs.open(path, "r", encoding="utf-16") as f:
    print(f.readline(), end="")
    print(f.read(), end="")
with codecs.open(path, encoding="utf-16") as f:
    print([line for line in f])
with codecs.open(path, "rb") as f:
    print(type(f).__name__, len(f.read()))
try:
    codecs.open(path, "r", encoding="nosuch")
except LookupError as e:
    print(e)
os.remove(path)
os.rmdir(folder)
