# json: every decode error message with its position, line and column; encode errors.
import json
import sys

def show_loads(doc, **kw):
    try:
        print(repr(doc), "->", repr(json.loads(doc, **kw)))
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc, isinstance(e, ValueError))
    except (ValueError, TypeError, RecursionError) as e:
        print(repr(doc)[:60], type(e).__name__ + ":", e)

for doc in ["", " ", "\n\n  ", "{", "}", "[", "]", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,",
            "{\"a\":1,}", "{\"a\" 1}", "{1:2}", "{'a':1}", "[1,]", "[1", "[1 2]", "[,1]", "[1,,2]",
            "\"abc", "\"a\\", "\"a\\x\"", "\"\\u12\"", "\"\\u12zz\"", "\"\\u1234", "\"\\uXYZW\"",
            "\"\\ud800\\udc00", "\"\\ud800\\u", "\"\\ud800\\uzzzz\"", "\"\\ud800\\x\"",
            "\"a\tb\"", "\"a\nb\"", "\"\x00\"", "nul", "nulll", "tru", "True", "fals", "none",
            "nan", "-", "-a", "+1", ".5", "01", "-01", "1.", "1.e5", "1e", "1e+", "1.5e+",
            "0x10", "1_000", "Infinityx", "-Infinity-", "NaN1", "[1] [2]", "{} x", "1 2",
            "\ufeff[1]", "  \n  [1,\n  x]", "[\n1,\n2,\n]", "{\n  \"k\": \"v\",\n  \"k2\" \"v2\"\n}",
            "\"\u00e9\u00e9\" x", "[\"\u00e9\", \"\U0001f600\" 1]", "\u00e9", "[1]\u00e9",
            "{\"\u00e9\u00e9\u00e9\": nul}", "[\"\U0001f600\U0001f600\", tru]"]:
    show_loads(doc)

show_loads("\"a\tb\"", strict=False)
show_loads("\"a\tb", strict=False)
show_loads("1" * 4301)
show_loads("-" + "1" * 5000)
show_loads("[" + "9" * 4300 + "]")

# Errors raised by hooks propagate unchanged.
def bad_hook(d):
    raise KeyError("hook failed")
try:
    json.loads('{"a": 1}', object_hook=bad_hook)
except KeyError as e:
    print("KeyError", e)
try:
    json.loads('[1.5]', parse_float=int)
except ValueError as e:
    print("ValueError", e)

for bad in [5, None, [1], 1.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError", e)

dec = json.JSONDecoder()
for args in [(" 1",), ("1", -1), ("1", 5), ("[1]", 1), ("abc", 1)]:
    try:
        print(dec.raw_decode(*args))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)
    except ValueError as e:
        print("ValueError", e)

e = json.JSONDecodeError("Custom message", "line one\nline two\nthree", 14)
print(e, "|", e.msg, e.pos, e.lineno, e.colno)
print(e.__reduce__()[1], type(e.__reduce__()[0]).__name__)
print(str(json.JSONDecodeError("m", "", 0)), json.JSONDecodeError("m", "\n\n", 2).colno)

# Deep nesting: RecursionError, never a crash.
for doc in ["[" * 100000, "{\"a\":" * 100000, "[" * 100000 + "]" * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)
print(len(json.dumps(json.loads("[" * 200 + "]" * 200))))

deep = []
for i in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
deep = {}
for i in range(100000):
    deep = {"k": deep}
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)

# --- encode errors ---
def show_dumps(obj, **kw):
    try:
        print(json.dumps(obj, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

class Thing:
    pass

show_dumps(object())
show_dumps([1, Thing()])
show_dumps({"a": {1, 2}})
show_dumps(b"bytes")
show_dumps(1j if hasattr(1, "imag") and False else range(3))
show_dumps({(1, 2): 3})
show_dumps({b"k": 3})
show_dumps({frozenset(): 1}, skipkeys=False)
show_dumps({"a": 1, 2: "b"}, sort_keys=True)
show_dumps({2: "a", "b": 1}, sort_keys=True)
show_dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True)
show_dumps([float("nan")], allow_nan=False)
show_dumps({"x": float("inf")}, allow_nan=False)
show_dumps({float("-inf"): 1}, allow_nan=False)
show_dumps([float("nan")], allow_nan=False, indent=2)
show_dumps({float("inf"): 1}, allow_nan=False, indent=2)
show_dumps([float("nan"), float("inf"), -float("inf")])
show_dumps({float("nan"): 1, float("inf"): 2})
show_dumps(10 ** 5000)
show_dumps([1], indent=1.5)
show_dumps([1, 2], separators=(1, 2))
show_dumps([1], nonsense=True)

def default_raises(o):
    raise RuntimeError("from default")
try:
    json.dumps([Thing()], default=default_raises)
except RuntimeError as e:
    print("RuntimeError", e)
