# bytearray: construction, the mutable-sequence protocol, operators and their errors.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=>", repr(r))


class Idx:
    def __index__(self):
        return 3


class WithBytes:
    def __bytes__(self):
        return b"x"


print("-- construction")
for label, f in [
    ("empty", lambda: bytearray()),
    ("int", lambda: bytearray(4)),
    ("index", lambda: bytearray(Idx())),
    ("list", lambda: bytearray([1, 2, 255])),
    ("tuple", lambda: bytearray((65, 66))),
    ("range", lambda: bytearray(range(97, 100))),
    ("iter", lambda: bytearray(iter([104, 105]))),
    ("gen", lambda: bytearray(x for x in (1, 2))),
    ("bytes", lambda: bytearray(b"abc")),
    ("bytearray", lambda: bytearray(bytearray(b"xyz"))),
    ("str+enc", lambda: bytearray("h\xe9", "utf-8")),
    ("str+kw", lambda: bytearray("h\xe9", encoding="latin-1")),
    ("str+errors", lambda: bytearray("h\xe9", "ascii", "replace")),
    ("str+errors kw", lambda: bytearray(source="h\xe9", encoding="ascii", errors="ignore")),
    ("bad enc", lambda: bytearray("x", "no-such-codec")),
    ("strict", lambda: bytearray("h\xe9", "ascii")),
    ("__bytes__ ignored", lambda: bytearray(WithBytes())),
    ("negative", lambda: bytearray(-1)),
    ("str alone", lambda: bytearray("abc")),
    ("enc not str", lambda: bytearray("abc", encoding=3)),
    ("errors not str", lambda: bytearray("abc", "ascii", 3)),
    ("int+enc", lambda: bytearray(3, "ascii")),
    ("bytes+enc", lambda: bytearray(b"x", "ascii")),
    ("errors only", lambda: bytearray(errors="strict")),
    ("encoding only", lambda: bytearray(encoding="utf-8")),
    ("str+errors only", lambda: bytearray("x", errors="strict")),
    ("item range", lambda: bytearray([1, 256])),
    ("item negative", lambda: bytearray([-1])),
    ("item type", lambda: bytearray([1, "a"])),
    ("float", lambda: bytearray(1.5)),
    ("none", lambda: bytearray(None)),
    ("too many", lambda: bytearray(1, 2, 3, 4)),
    ("bad kw", lambda: bytearray(x=1)),
    ("huge", lambda: bytearray(10**20)),
]:
    attempt(label, f)

print("-- identity and types")
b = bytearray(b"hello")
print(type(b), type(b) is bytearray, isinstance(b, bytearray), isinstance(b, bytes))
print(bytearray.__name__, bytearray.__mro__, bytearray.__hash__)
attempt("hash", lambda: hash(bytearray(b"a")))
attempt("dict key", lambda: {bytearray(b"a"): 1})
attempt("set member", lambda: {bytearray()})
print(repr(b), str(b), len(b), bool(b), bool(bytearray()))
for data in [b"", b"'", b'"', b"'\"", b"a\\b\n\t\r\x00\x7f\x80\xff", b"plain text"]:
    print(repr(bytearray(data)), repr(data))
print(bytes(b), bytes(bytearray()), list(b), tuple(bytearray(b"ab")))
print(b.copy(), b.copy() is b, b.copy() == b)

print("-- indexing")
b = bytearray(b"abcdef")
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], b[-100:2], b[5:1:-2])
attempt("index high", lambda: b[6])
attempt("index low", lambda: b[-7])
attempt("index str", lambda: b["a"])
attempt("index float", lambda: b[1.0])
attempt("index huge", lambda: b[10**20])
print(b[Idx()], b[True])

print("-- item assignment")
b = bytearray(b"abcdef")
b[0] = 65
b[-1] = 70
b[Idx()] = 0x44
print(b)


def setitem(key, value):
    c = bytearray(b"abcdef")
    c[key] = value
    return c


def delitem(key):
    c = bytearray(b"abcdef")
    del c[key]
    return c


for label, key, value in [
    ("int", 1, 0),
    ("bool value", 1, True),
    ("range", 1, 256),
    ("negative value", 1, -1),
    ("bytes value", 1, b"a"),
    ("str value", 1, "a"),
    ("out of range", 6, 1),
    ("str key", "a", 1),
    ("slice grow", slice(1, 3), b"XYZW"),
    ("slice shrink", slice(1, 5), b"-"),
    ("slice empty", slice(2, 2), b"ins"),
    ("slice delete", slice(0, 3), b""),
    ("slice list", slice(0, 2), [1, 2, 3]),
    ("slice range", slice(4, None), range(3)),
    ("slice bytearray", slice(None), bytearray(b"new")),
    ("slice gen", slice(0, 1), (x for x in b"gen")),
    ("slice reversed", slice(None, None, -1), b"ABCDEF"),
    ("ext slice", slice(0, None, 2), b"XYZ"),
    ("ext slice neg", slice(None, None, -2), b"123"),
    ("ext slice size", slice(0, None, 2), b"XY"),
    ("ext slice empty", slice(0, 0, 2), b""),
    ("ext slice empty neg", slice(0, 0, -1), b""),
    ("slice int", slice(0, 2), 5),
    ("slice float", slice(0, 2), 1.5),
    ("slice str", slice(0, 2), "ab"),
    ("slice none", slice(0, 2), None),
    ("slice bad item", slice(0, 2), [1, "a"]),
    ("slice big item", slice(0, 2), [1, 300]),
    ("slice bad step", slice(0, 2, 0), b"ab"),
]:
    attempt("set " + label, lambda: setitem(key, value))

c = bytearray(b"abcdef")
c[:] = c
print("self assign", c)
c[1:3] = c
print("self splice", c)

for label, key in [
    ("int", 0),
    ("negative", -1),
    ("slice", slice(1, 3)),
    ("ext slice", slice(None, None, 2)),
    ("ext slice neg", slice(None, None, -3)),
    ("empty slice", slice(3, 1)),
    ("all", slice(None)),
    ("out of range", 6),
    ("str", "x"),
]:
    attempt("del " + label, lambda: delitem(key))

print("-- mutating methods")
b = bytearray(b"hello")
b.append(33)
b.append(Idx())
print(b)
b.extend(b" world")
b.extend([1, 2])
b.extend(bytearray(b"!"))
b.extend(x for x in (65, 66))
b.extend(range(3))
b.extend(iter([]))
print(b)
b = bytearray(b"abc")
b.insert(0, 48)
b.insert(100, 49)
b.insert(-1, 50)
b.insert(-100, 51)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(97)
print(b)
b.reverse()
print(b)
b.clear()
print(b, len(b))
b = bytearray(b"x")
for label, f in [
    ("append none", lambda: b.append()),
    ("append two", lambda: b.append(1, 2)),
    ("append range", lambda: b.append(256)),
    ("append str", lambda: b.append("a")),
    ("append bytes", lambda: b.append(b"a")),
    ("extend none", lambda: b.extend()),
    ("extend int", lambda: b.extend(3)),
    ("extend range", lambda: b.extend([1, 300])),
    ("extend str", lambda: b.extend("ab")),
    ("insert one", lambda: b.insert(0)),
    ("insert str", lambda: b.insert("a", 1)),
    ("insert range", lambda: b.insert(0, 256)),
    ("pop empty", lambda: bytearray().pop()),
    ("pop range", lambda: b.pop(100)),
    ("pop str", lambda: b.pop("a")),
    ("pop two", lambda: b.pop(1, 2)),
    ("remove missing", lambda: b.remove(99)),
    ("remove range", lambda: b.remove(300)),
    ("remove bytes", lambda: b.remove(b"h")),
    ("reverse arg", lambda: b.reverse(1)),
    ("clear arg", lambda: b.clear(1)),
    ("copy arg", lambda: b.copy(1)),
    ("append descriptor", lambda: bytearray.append(b"x", 1)),
    ("upper descriptor", lambda: bytearray.upper(b"x")),
    ("bytes upper on bytearray", lambda: bytes.upper(bytearray(b"x"))),
    ("init descriptor", lambda: bytearray.__init__(b"x")),
]:
    attempt(label, f)
b = bytearray(b"abc")
b.__init__(b"zz")
print("reinit", b)
b.__init__()
print("reinit empty", b)
b.__init__("\xe9", "utf-8")
print("reinit str", b)

print("-- operators")
a = bytearray(b"ab")
print(a + b"cd", b"cd" + a, a + a, a + bytearray(b"!"), type(b"x" + a).__name__)
print(a * 3, 3 * a, a * 0, a * -1, type(a * 2).__name__)
alias = a
a += b"cd"
print(a, alias, a is alias)
a *= 2
print(a, alias, a is alias)
a += bytearray(b"!")
print(alias)
a *= 0
print(alias)
for label, f in [
    ("add str", lambda: bytearray(b"x") + "a"),
    ("add int", lambda: bytearray(b"x") + 1),
    ("str add", lambda: "a" + bytearray(b"x")),
    ("bytes add int", lambda: b"x" + 1),
    ("mul str", lambda: bytearray(b"x") * "a"),
    ("mul float", lambda: bytearray(b"x") * 1.5),
    ("mul huge", lambda: bytearray(b"x") * 10**30),
    ("iadd int", lambda: bytearray(b"x").__iadd__(1)),
    ("imul str", lambda: bytearray(b"x").__imul__("a")),
    ("lt str", lambda: bytearray(b"x") < "a"),
    ("mod", lambda: bytearray(b"%s-%d|%x") % (b"x", 3, 255)),
    ("mod bytearray arg", lambda: bytearray(b"%s") % bytearray(b"y")),
    ("bytes mod bytearray", lambda: b"%s" % bytearray(b"y")),
    ("mod missing", lambda: bytearray(b"%s %s") % (b"x",)),
]:
    attempt(label, f)


def augmented(op, value):
    x = bytearray(b"ab")
    try:
        if op == "+":
            x += value
        else:
            x *= value
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return x


print(augmented("+", 1), augmented("+", "s"), augmented("*", "s"), augmented("*", 2))

print("-- comparisons")
x, y = bytearray(b"abc"), bytearray(b"abd")
print(x == b"abc", b"abc" == x, x != b"abc", x == x.copy(), x == "abc", x == [97, 98, 99])
print(x < y, x <= y, x > y, x >= y, x < b"abd", b"abd" > x, bytearray() < b"\x00")
print(sorted([bytearray(b"b"), bytearray(b"a"), bytearray(b"")]))
print(max(bytearray(b"zz"), bytearray(b"zzz")), min(b"b", bytearray(b"a")))

print("-- containment and iteration")
b = bytearray(b"hello")
print(104 in b, 0 in b, b"ell" in b, bytearray(b"lo") in b, b"" in b, b"x" in b)
print(bytearray(b"ll") in b"hello", 108 in bytearray(), b"he" in bytearray(b"she"))
attempt("in str", lambda: "a" in b)
attempt("in range", lambda: 300 in b)
attempt("in list", lambda: [1] in b)
print(list(b), [c for c in b if c > 104], list(reversed(b)), sum(b))
it = iter(b)
print(next(it), next(it))
b.append(33)
print(list(it))
b = bytearray(b"abc")
seen = []
for c in b:
    seen.append(c)
    if len(b) < 5:
        b.append(c + 1)
print(seen, b)

print("-- subclassing")


class Buf(bytearray):
    def first(self):
        return self[0]


s = Buf(b"xyz")
print(repr(s), str(s), s.first(), len(s), isinstance(s, bytearray), type(s).__name__)
s.append(33)
s += b"?"
print(s, type(s).__name__, type(s.upper()).__name__, type(s[0:2]).__name__, type(s.copy()).__name__)
print(s == b"xyz!?", bytes(s), s.decode(), s.hex())


print(Buf(3), Buf("q", "ascii"), Buf())
print(bytearray(b"ab").__reduce__(), bytearray().__reduce_ex__(2))
print(Buf(b"cd").__reduce__()[1])
attempt("new not subtype", lambda: bytearray.__new__(int))

# equality through containers (list search, tuple/list ==, dict lookup by a read-only view)
print(bytearray(b"a") in [b"a"], b"a" in [bytearray(b"a")], [b"x", bytearray(b"y")].index(b"y"), [bytearray(b"q")].count(b"q"))
print({b"ab": 1}[memoryview(b"ab")], memoryview(b"a") in [b"a"], (bytearray(b"a"),) == (b"a",), [bytearray(b"a")] == [b"a"])
print({b"k": 2}.get(memoryview(b"k")), b"z" in {memoryview(b"z"): 0})
