# json: dumps/loads options, hooks, encoder and decoder classes, dump/load on files.
import json
import io
import math
import os
from collections import OrderedDict
from json.decoder import JSONDecodeError as JDE
import json.encoder
import json.decoder

print(JDE is json.JSONDecodeError, issubclass(JDE, ValueError))
print(json.JSONDecodeError.__module__, json.JSONDecoder.__module__, json.JSONEncoder.__module__)

# --- dumps basics ---
print(json.dumps([1, 2.5, "x", None, True, False, {"a": [], "b": {}}]))
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps("h\u00e9llo \U0001f600 \"q\" \\ / \n\t\x00\x1f\x7f"))
print(json.dumps("h\u00e9llo \U0001f600 \x7f", ensure_ascii=False))
print(json.dumps(10 ** 30), json.dumps(-10 ** 30), json.dumps(-0.0), json.dumps(1e16), json.dumps(1e-7))
print(json.dumps([0.1, 1/3, 2.0, 1e300 * 10, -1e300 * 10, math.nan]))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e", -3: "f"}))
print(json.dumps({10 ** 20: 1, 1e20: 2, -0.0: 3}))
print(json.dumps({"a": [1, {"b": 2}]}, indent=2))
print(json.dumps({"a": [1, {"b": 2}], "c": [], "d": {}}, indent="--"))
print(json.dumps([1, [2]], indent=0))
print(repr(json.dumps([1, [2]], indent=-2)))
print(json.dumps([1, [2]], indent=True))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2, separators=(", ", " = ")))
print(json.dumps({(1, 2): 1, "ok": 2, object: 3}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps({(1, 2): 1}, skipkeys=True, indent=1))

# --- subclasses of built-in types ---
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    def __str__(self):
        return "MyInt!"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    def __str__(self):
        return "MyStr!"

class MyList(list):
    def __iter__(self):
        return iter([99])

class MyDict(dict):
    pass

class MyTuple(tuple):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1, 2]), MyTuple((3, 4))]))
print(json.dumps({MyStr("k"): MyInt(1), MyInt(7): MyFloat(0.5), MyFloat(1.5): 0}))
print(json.dumps(MyDict(b=1, a=2), sort_keys=True), json.dumps(MyDict()))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
import enum
class Color(enum.IntEnum):
    RED = 1
    GREEN = 2
print(json.dumps({Color.RED: Color.GREEN}))

# --- default and cls ---
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"no {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc_point))
try:
    json.dumps([Point(1, 2), 1j if False else object()], default=enc_point)
except TypeError as e:
    print("TypeError", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
try:
    json.dumps({"p": object()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError", e)

class Recur:
    pass

def self_default(o):
    return o

try:
    json.dumps(Recur(), default=self_default)
except ValueError as e:
    print("ValueError", e)

class UpperEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in json.JSONEncoder.iterencode(self, o, _one_shot):
            yield chunk.upper()

print(json.dumps({"a": "b"}, cls=UpperEncoder))
enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"b": [1, 2], "a": "x"}), "".join(enc.iterencode({"k": [None]})))
print(enc.item_separator, enc.key_separator, json.JSONEncoder().item_separator,
      json.JSONEncoder(indent=2).item_separator)
print(json.encoder.encode_basestring("a\u00e9\"\n"), json.encoder.encode_basestring_ascii("a\u00e9\"\n\U0001f600"))
print(json.JSONEncoder().encode("just a str \u00e9"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9"))

# --- circular references ---
a = []
a.append(a)
d = {}
d["self"] = d
for obj in (a, d, [d], {"x": [a]}):
    try:
        json.dumps(obj)
    except ValueError as e:
        print("ValueError", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)

# --- loads basics and hooks ---
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -0}}'))
print(json.loads(' \t\n\r[1 , 2 ]\n '), json.loads('"\\u00e9\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\\"\\\\"'))
print(json.loads('123456789012345678901234567890'), json.loads('-1.5e-3'), json.loads('1E+2'), json.loads('-0.0'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('1e400'), json.loads('-1e400'))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"b": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2))
print(json.loads('[1.10, 2, 3e0]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
from fractions import Fraction
print(json.loads('[0.5, 10]', parse_float=Fraction, parse_int=float))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('["a\tb"]', strict=False), json.loads(b'{"k": "\xc3\xa9"}'))
print(json.loads('[1]'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')), json.loads('[3]'.encode('utf-16-be')))
print(json.loads('[4]'.encode('utf-32')), json.loads('[5]'.encode('utf-32-le')), json.loads('[6]'.encode('utf-32-be')))
print(json.loads(b'\xef\xbb\xbf[7]'), json.loads(b'8'), json.loads(b'"x"'))
print(json.loads(MyStr('[1, {"a": 2}]')))

dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx [1]', 3))
print(dec.raw_decode('"\u00e9\u00e9" "x"'), dec.raw_decode('  12  ', 2))
print(json.decoder.scanstring('"abc\\n" tail', 1), json.decoder.scanstring('x"\u00e9\\u00e9"', 2))
print(dec.parse_float is float, dec.parse_int is int, dec.strict, dec.object_hook)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))

class RawDecoder(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ("raw", obj), end

print(json.loads(' [1] ', cls=RawDecoder))
try:
    json.loads(' [1] x', cls=RawDecoder)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)

# --- round trips ---
doc = {"name": "tessera", "list": [1, 2.5, -3e-9, None, True, "\u00e9\U0001f600"],
       "nested": {"deep": [[[[{"x": "y"}]]]]}, "big": 2 ** 70, "neg": -12}
for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}):
    s = json.dumps(doc, **kw)
    print(json.loads(s) == doc, len(s))

# --- dump / load with files ---
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
json.dump([3], buf, indent=1)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"from": "stringio"}')))
tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tessera_json_%d" % os.getpid())
os.mkdir(tmp)
path = os.path.join(tmp, "data.json")
with open(path, "w") as f:
    json.dump(doc, f, indent=1, sort_keys=True)
with open(path) as f:
    print(json.load(f) == doc)
with open(path, "rb") as f:
    print(json.load(f, object_pairs_hook=lambda p: [k for k, v in p])[:3])
os.remove(path)
os.rmdir(tmp)
