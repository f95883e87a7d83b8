# codecs: lookup and name normalization, CodecInfo, encode/decode with errors, the
# get* helpers, BOM constants, utf-8-sig, bytes-to-bytes codecs, escape_decode.
import codecs


def show(f, *args, **kw):
    try:
        print("  ok", repr(f(*args, **kw)))
    except Exception as e:
        print("  %s: %s (cause %r)" % (type(e).__name__, e, e.__cause__))


for n in ["utf8", "UTF-8", "utf_8", "U8", "utf 8", "latin-1", "latin1", "ISO8859-1", "l1",
          "  Latin--1 ", "ascii", "US-ASCII", "646", "utf-16", "UTF16", "utf-16le",
          "utf_16_be", "utf-32", "utf-32-le", "utf-32BE", "cp1252", "windows-1252",
          "utf-8-sig", "UTF_8_SIG", "hex", "base64", "rot13", "utf.8", "nope", ""]:
    try:
        ci = codecs.lookup(n)
        print(repr(n), ci.name, type(ci).__name__, len(ci), ci._is_text_encoding,
              ci.encode is ci[0], ci.decode is ci[1], ci.streamreader is ci[2],
              ci.streamwriter is ci[3], ci.incrementalencoder.__name__,
              ci.incrementaldecoder.__name__, ci.streamreader.__name__,
              ci.streamwriter.__name__)
    except LookupError as e:
        print(repr(n), "LookupError", e)
print(codecs.lookup("utf8") is codecs.lookup("UTF-8"), codecs.lookup("UTF8") == codecs.lookup("utf-8"))
print(repr(codecs.lookup("utf-8")).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
show(codecs.lookup, 5)

text = "aé€😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "utf-8-sig"]:
    ci = codecs.lookup(enc)
    data, n = ci.encode(text)
    back = ci.decode(data)
    print(enc, data, n, back, codecs.encode(text, enc) == data, codecs.decode(data, enc))
for enc in ["ascii", "latin-1", "cp1252"]:
    print(enc)
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        show(codecs.encode, text, enc, errors)
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        show(codecs.decode, b"a\x80\x81\xe9\xff", enc, errors)
print("utf-8 decode errors")
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    show(codecs.decode, b"a\xff\xe2\x82b\xc3", "utf-8", errors)
show(codecs.decode, b"a\x00b", "utf-16-le")
show(codecs.lookup("utf-16").decode, b"\xfe\xff\x00a")
show(codecs.lookup("utf-16").decode, b"a\x00")
show(codecs.lookup("utf-8").decode, codecs.BOM_UTF8 + b"abc")
show(codecs.lookup("utf-8-sig").decode, codecs.BOM_UTF8 + b"abc")
show(codecs.lookup("utf-8-sig").decode, b"abc")
show(codecs.encode, "abc", "utf-8-sig")
show(codecs.lookup("utf-8").decode, b"a\xe2\x82")
show(codecs.utf_8_decode, b"a\xe2\x82")
show(codecs.utf_8_decode, b"a\xe2\x82", "strict", True)
show(codecs.utf_8_decode, b"a\xe2\x82\xac")
show(codecs.utf_8_encode, "é")
show(codecs.latin_1_encode, "é")
show(codecs.latin_1_decode, b"\xe9")
show(codecs.ascii_decode, b"abc")

print("type errors and wrapping")
show(codecs.encode, b"x", "utf-8")
show(codecs.encode, b"x", "UTF8")
show(codecs.decode, "x", "utf-8")
show(codecs.encode, 5)
show(codecs.decode, b"abc")
show(codecs.encode, "x")
show(codecs.encode, "x", "utf-8", "bogus")
show(codecs.encode, "é", "ascii", "bogus")
show(codecs.encode, "x", "hex")
show(codecs.decode, b"zz", "hex")
show(codecs.encode, b"abc", "hex")
show(codecs.decode, b"616263", "hex")
show(codecs.encode, b"abc", "base64")
show(codecs.decode, b"YWJj\n", "base64")
show(codecs.encode, "Hello, World!", "rot13")
show(codecs.decode, "Uryyb", "rot_13")

print("getters")
print(codecs.getencoder("utf-8")("é"), codecs.getdecoder("latin-1")(b"\xe9"))
print(codecs.getencoder("utf-8") is codecs.lookup("utf-8").encode)
print(codecs.getincrementalencoder("utf-8") is codecs.lookup("utf-8").incrementalencoder)
print(codecs.getincrementaldecoder("utf-8") is codecs.lookup("utf-8").incrementaldecoder)
print(codecs.getreader("utf-8") is codecs.lookup("utf-8").streamreader)
print(codecs.getwriter("utf-8") is codecs.lookup("utf-8").streamwriter)
show(codecs.getencoder, "nope")

print("BOMs")
for name in ["BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
             "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
             "BOM_UTF32_LE", "BOM_UTF32_BE"]:
    print(" ", name, getattr(codecs, name))

print("escape_decode")
for data in [b"a\\nb\\x41", b"\\t\\\\\\'\\\"", b"\\101\\0\\7777", b"\\q\\\nz", "a\\tb", b"",
             b"\\x4", b"\\x", b"abc\\"]:
    show(codecs.escape_decode, data)
show(codecs.escape_decode, b"\\x4g", "replace")
show(codecs.escape_decode, b"\\x4g", "ignore")

ci = codecs.CodecInfo(len, str, name="mine")
print(ci.name, ci.encode, ci.incrementalencoder, ci.streamreader, ci._is_text_encoding, tuple(ci))
ci = codecs.CodecInfo(len, str)
print(ci.name, tuple(ci)[2:])
