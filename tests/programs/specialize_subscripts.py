# Adaptive specialization of subscript loads/stores, `in` tests and
# unpacking: each site is hot for one container type, then sees others.
import collections


def get(c, k):
    return c[k]


def put(c, k, v):
    c[k] = v


def delete(c, k):
    del c[k]


def has(c, k):
    return k in c


def lacks(c, k):
    return k not in c


# --- load site: list hot, then dict, tuple, str, user class ------------------------
print("== load site")
data = list(range(100, 200))
s = 0
for i in range(80):
    s += get(data, i)
print("list hot", s)
print("list negative", get(data, -1), get(data, -100), get(data, True))
print("dict int keys", get({0: "zero", 1: "one"}, 1), get({-1: "neg"}, -1))
print("dict str keys", get({"a": 1, "b": 2}, "b"))
print("dict tuple keys", get({(1, 2): "pair"}, (1, 2)), get({1.5: "f"}, 1.5), get({1: "int"}, 1.0), get({2: "two"}, True + 1))
print("tuple", get((5, 6, 7), 2), get((5, 6, 7), -3))
print("str", get("hello", 1), get("hello", -1), get("héllo", 1))
print("bytes", get(b"AB", 0), get(b"AB", -1))
print("range", get(range(10, 20), 3), get(range(10, 0, -2), -1))
print("big index list", get(data, 2**3))


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.cells.get((r, c), ".")
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)


g = Grid()
print("user getitem", get(g, (0, 0)), get(g, slice(1, 2)))
print("dict subclass", get(collections.defaultdict(int), "missing"), get(collections.Counter("aab"), "a"))


class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing-{key}"


print("__missing__", get(DefaultDict(a=1), "a"), get(DefaultDict(), "zz"))
print("list hot again", sum(get(data, i) for i in range(60)))

# --- errors at the hot load site ----------------------------------------------------
print("== load errors")
for c, k in [(data, 100), (data, -101), ((1, 2), 2), ("abc", 3), ({}, "nope"), ({1: 1}, 2),
             (range(3), 3)]:
    try:
        get(c, k)
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
for c, k in [(data, "x"), (data, 1.0), ((1,), None), ("s", "s"), (5, 0), (None, 0), ({}, [1])]:
    try:
        get(c, k)
    except TypeError as e:
        print("TypeError:", e)
try:
    get(g, 5)
except KeyError as e:
    print("KeyError:", e)
try:
    get(Grid(), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
print("after errors", get(data, 5))

# errors inside a hot inline loop
hits = 0
misses = 0
d = {i: i * i for i in range(0, 100, 3)}
for i in range(100):
    try:
        hits += d[i]
    except KeyError:
        misses += 1
print("inline dict hits/misses", hits, misses)
misses = 0
arr = [1, 2, 3]
for i in range(-6, 60):
    try:
        arr[i]
    except IndexError:
        misses += 1
print("inline list misses", misses)

# --- slices at the same site --------------------------------------------------------
print("== slices")
for i in range(60):
    v = get(data, i)
lst = list(range(10))
for sl in [slice(2, 5), slice(None, None, -1), slice(-3, None), slice(1, 9, 3), slice(100, 200), slice(8, 2, -2), slice(None, 3)]:
    print(sl, get(lst, sl), get(tuple(lst), sl), get("abcdefghij", sl), get(range(10), sl))
try:
    get(lst, slice(None, None, 0))
except ValueError as e:
    print("ValueError:", e)
print("slice on user", get(g, slice(None, 5, 2)))
try:
    get({}, slice(1, 2))
except (TypeError, KeyError) as e:
    print(type(e).__name__, "for slice key on dict")

# --- store site: list hot, then dict, user, errors --------------------------------------
print("== store site")
buf = [0] * 60
for i in range(60):
    put(buf, i, i * i)
print("list store", buf[:5], buf[-1], sum(buf))
put(buf, -1, "last")
print("negative store", buf[-2:])
dd = {}
for i in range(60):
    put(dd, i, str(i))
print("dict int store", len(dd), dd[59])
for i in range(60):
    put(dd, "k" + str(i), i)
print("dict str store", len(dd), dd["k7"])
put(dd, (1, 2), "tuple-key")
put(dd, 1.0, "float-key-overwrites-int-1")
put(dd, True, "bool-key-overwrites-too")
print("hash-equal keys", dd[1], dd[(1, 2)], len(dd))
put(g, (1, 1), "#")
print("user store", get(g, (1, 1)), len(g))
put(buf, slice(0, 3), ["a", "b"])
print("slice store", buf[:4], len(buf))
put(buf, slice(0, 4, 2), [None, None])
print("extended slice store", buf[:4])
try:
    put(buf, slice(0, 6, 2), [1])
except ValueError as e:
    print("ValueError:", e)
dq = collections.deque([1, 2, 3])
put(dq, 1, "mid")
print("deque store", list(dq))
for c, k in [(buf, 1000), (buf, -1000), ([], 0)]:
    try:
        put(c, k, 0)
    except IndexError as e:
        print("IndexError:", e)
for c, k in [((1, 2), 0), ("ab", 0), (buf, "x"), ({}, [])]:
    try:
        put(c, k, 0)
    except TypeError as e:
        print("TypeError:", e)
put(buf, 0, "ok")
print("store after errors", buf[0])

# --- delete site ----------------------------------------------------------------------
print("== delete site")
dl = list(range(100))
for i in range(60):
    delete(dl, 0)
print("list delete", len(dl), dl[:3])
dk = {i: i for i in range(60)}
for i in range(60):
    delete(dk, i)
print("dict delete", len(dk))
delete(g, (1, 1))
print("user delete", len(g))
delete(dl, slice(None, None, 2))
print("slice delete", dl)
try:
    delete(dk, 1)
except KeyError as e:
    print("KeyError:", e)
try:
    delete(dl, 99)
except IndexError as e:
    print("IndexError:", e)
try:
    delete((1,), 0)
except TypeError as e:
    print("TypeError:", e)

# --- in / not in -------------------------------------------------------------------
print("== membership")
big = {i: None for i in range(0, 200, 2)}
c = 0
for i in range(80):
    if has(big, i):
        c += 1
    if lacks(big, i):
        c += 1000
print("dict hot", c)
st = set(range(0, 100, 5))
print("set", has(st, 5), has(st, 6), lacks(st, 10), has(frozenset([1]), 1))
lst = [1, "two", 3.0, (4,), None]
print("list", has(lst, 1), has(lst, "two"), has(lst, 3), has(lst, (4,)), has(lst, None), lacks(lst, 2))
print("tuple", has((1, 2), 2), lacks((1, 2), 3))
print("str", has("hello", "ell"), has("hello", ""), has("hello", "z"), lacks("abc", "d"))
print("dict str keys", has({"a": 1}, "a"), has({"a": 1}, 1), has({"a": 1}.values(), 1), has({"a": 1}.items(), ("a", 1)))
print("range", has(range(0, 100, 7), 49), has(range(0, 100, 7), 50), has(range(10), 2**70))
print("mixed numeric", has({1: 0}, 1.0), has({1.0}, True), has([2**64], 2.0**64))
print("user __contains__", has(g, "x"), lacks(g, "x"))
put(g, "x", 1)
print("user after put", has(g, "x"))


class OnlyIter:
    def __iter__(self):
        return iter([10, 20, 30])


class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 7


print("iter fallback", has(OnlyIter(), 20), has(OnlyIter(), 25))
print("getitem fallback", has(OnlyGetitem(), 14), lacks(OnlyGetitem(), 15))
print("generator membership", has((i * i for i in range(10)), 49))
for c, k in [("abc", 1), (5, 1), ({}, []), (None, 1)]:
    try:
        has(c, k)
    except TypeError as e:
        print("TypeError:", e)
c = 0
for i in range(60):
    c += has(big, i)
print("dict hot again", c)

# --- unpacking sites --------------------------------------------------------------------
print("== unpacking")


def unpack2(x):
    a, b = x
    return a, b


def unpack3(x):
    a, b, c = x
    return a + b + c


acc = 0
for i in range(80):
    a, b = unpack2((i, -i * 2))
    acc += a + b
print("tuple hot", acc)
print("list", unpack2([1, 2]), "str", unpack2("xy"), "range", unpack2(range(2)))
print("generator", unpack2(i for i in "pq"), "dict", unpack2({"k1": 1, "k2": 2}))


class TwoItems:
    def __iter__(self):
        yield "u"
        yield "v"


print("set sorted", sorted(unpack2({7, 8})), "user", unpack2(TwoItems()))
for bad in [(1,), (1, 2, 3), [], "xyz", (i for i in range(5)), range(1), {1: 0}, OnlyIter(), OnlyGetitem()]:
    try:
        unpack2(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [5, None, 2.5]:
    try:
        unpack2(bad)
    except TypeError as e:
        print("TypeError:", e)
print("tuple again", unpack2((3, 4)))

s3 = 0
for i in range(60):
    s3 += unpack3((i, i, i))
print("unpack3 hot", s3, unpack3([1, 2, 3]), unpack3("abc"), unpack3(range(3)))
try:
    unpack3((1, 2))
except ValueError as e:
    print("ValueError:", e)
try:
    unpack3([1, 2, 3, 4])
except ValueError as e:
    print("ValueError:", e)

# star unpacking at a hot site


def head_tail(x):
    h, *t = x
    return h, t


def around(x):
    first, *mid, last = x
    return first, mid, last


for i in range(60):
    r = head_tail((i, 1, 2))
print("head_tail", r, head_tail([9]), head_tail("abc"), head_tail(range(3)))
for i in range(60):
    r = around([i, 1, 2, 3])
print("around", r, around((1, 2)), around("ab"), around(range(5)))
try:
    around([1])
except ValueError as e:
    print("ValueError:", e)
try:
    head_tail([])
except ValueError as e:
    print("ValueError:", e)

# swap idiom and chained subscripts in a hot loop
arr = list(range(60))
for i in range(30):
    arr[i], arr[59 - i] = arr[59 - i], arr[i]
print("reversed by swap", arr[:5], arr[-5:])
matrix = [[r * 10 + c for c in range(6)] for r in range(6)]
tr = 0
for i in range(60):
    tr += matrix[i % 6][i % 6]
    matrix[i % 6][(i + 1) % 6] += 1
print("matrix", tr, matrix[0], matrix[5])
nested = {"a": [1, {"b": (10, 20)}]}
print("nested", nested["a"][1]["b"][-1])
counts = collections.defaultdict(int)
for ch in "mississippi" * 6:
    counts[ch] += 1
print("augmented subscript", sorted(counts.items()))
c2 = {}
for i in range(60):
    key = "even" if i % 2 == 0 else i % 3
    c2[key] = c2.get(key, 0) + 1
print("mixed key types", c2["even"], c2[1], c2[0] if 0 in c2 else None)
print("done")
