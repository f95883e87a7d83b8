# The namereplace error handler spells unencodable characters by their Unicode names.
import codecs

for text in ["a\u00e9b", "\ue000\u00e9a\U0001F600", "\u20ac\u4e00\uac00\u2603", "\U000e01f0x",
             "\u0378\u00a0", "plain"]:
    for enc in ["ascii", "latin-1", "cp1252"]:
        print(enc, text.encode(enc, "namereplace"), codecs.encode(text, enc, "namereplace"))
for data in [b"\xff", b"a\x80b"]:
    for enc in ["ascii", "utf-8"]:
        try:
            data.decode(enc, "namereplace")
        except TypeError as e:
            print(enc, "TypeError", e)
print(codecs.lookup_error("namereplace") is codecs.namereplace_errors)
