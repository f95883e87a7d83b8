# pickle: byte-for-byte output of dumps() for a generated corpus of values under every
# protocol, and a loads() round trip of each.  Values come from a small deterministic
# generator (no random module) so the corpus is identical everywhere.
import pickle
import hashlib


class Gen:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


ALPHABET = "abcXYZ019 _-\\\n\r\t\x00\x1a'\"\x7f\x80\xe9\xff\u0100\u20ac\u4e2d\U0001f600"


def gen_int(g):
    bits = g.next(200)
    value = g.next(1 << 30) ** (bits // 30 + 1) if bits > 40 else g.next(1 << max(bits, 1))
    return -value if g.next(2) else value


def gen_float(g):
    choices = [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 0.1, 3.141592653589793,
               float("inf"), float("-inf"), 123456789.125, 5e-324]
    if g.next(3) == 0:
        return choices[g.next(len(choices))]
    return (g.next(1 << 40) - (1 << 39)) / (g.next(1000) + 1)


def gen_str(g):
    return "".join(ALPHABET[g.next(len(ALPHABET))] for _ in range(g.next(12)))


def gen_bytes(g):
    return bytes(g.next(256) for _ in range(g.next(10)))


def gen_value(g, depth):
    kind = g.next(10 if depth < 3 else 6)
    if kind == 0:
        return [None, True, False][g.next(3)]
    if kind == 1:
        return gen_int(g)
    if kind == 2:
        return gen_float(g)
    if kind == 3:
        return gen_str(g)
    if kind == 4:
        return gen_bytes(g)
    if kind == 5:
        return complex(gen_float(g), gen_float(g))
    if kind == 6:
        return [gen_value(g, depth + 1) for _ in range(g.next(5))]
    if kind == 7:
        return tuple(gen_value(g, depth + 1) for _ in range(g.next(6)))
    if kind == 8:
        return {gen_str(g): gen_value(g, depth + 1) for _ in range(g.next(4))}
    return {gen_int(g): gen_value(g, depth + 1) for _ in range(g.next(3))}


def same(a, b):
    # == that treats nan as equal to itself and keeps -0.0 distinct from 0.0
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, complex):
        return same(a.real, b.real) and same(a.imag, b.imag)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b


fixed = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -128, -129, -256,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63, 2**64, -2**70, 10**40,
    1.5, 0.0, -0.0, float("inf"), float("-inf"), 1e100, 0.1,
    "", "a", "ab", "a\\b\n\r\x1a\x00\u00e9\u1234\U0001f600", "x" * 300,
    b"", b"a", b"\x00\xff", b"y" * 300,
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {"a": 1, "b": 2},
    set(), {7}, frozenset(), frozenset([7]), complex(1, 2), complex(-0.5, 0),
    [[1, [2, [3, (4, {5: [6]})]]]], {"k": ("v", [None, {"x": b"y"}])},
]

for value in fixed:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        ok = same(back, value) if not isinstance(value, (set, frozenset)) else back == value
        print(proto, data, "" if ok else "ROUND TRIP FAILED")

g = Gen(2026)
for n in range(120):
    value = gen_value(g, 0)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, proto)
        if not same(pickle.loads(data), value):
            print("ROUND TRIP FAILED", n, proto, repr(value))
        print(n, proto, data)

# Shared and self-referencing structures.
leaf = ["leaf"]
shared = [leaf, leaf, (leaf, leaf)]
loop = [1]
loop.append(loop)
d = {"name": "d"}
d["self"] = d
t_inner = []
t = (t_inner, 2, 3, 4)
t_inner.append(t)
short = ([],)
short[0].append(short)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in (shared, loop, d, t, short):
        print(proto, pickle.dumps(value, proto))
    a = pickle.loads(pickle.dumps(shared, proto))
    print(a[0] is a[1], a[2][0] is a[0])
    b = pickle.loads(pickle.dumps(loop, proto))
    print(b[1] is b)
    c = pickle.loads(pickle.dumps(d, proto))
    print(c["self"] is c)
    e = pickle.loads(pickle.dumps(t, proto))
    print(e[0][0] is e, e[1:])
    f = pickle.loads(pickle.dumps(short, proto))
    print(f[0][0] is f)

# Larger values: batching of 1000 items, long ints, frames and out-of-frame payloads.
big_cases = [
    ("list", list(range(2500))),
    ("dict", {i: -i for i in range(1200)}),
    ("strings", ["s%d" % i for i in range(3000)]),
    ("set", set(range(1500))),
    ("frozen", frozenset(range(1100))),
    ("longint", [2 ** 3000, -(3 ** 2000)]),
    ("bigbytes", [b"ab", b"x" * 70000, "c"]),
    ("bigstr", ["y" * 65000, "x" * 1000, "c"]),
    ("edge", [["y" * 65530], 1]),
    ("exact", ["z" * 65536]),
]
for name, value in big_cases:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, proto)
        digest = hashlib.sha256(data).hexdigest()[:20]
        if isinstance(value, (set, frozenset)):
            digest = "-"  # element order is not part of the contract
        print(name, proto, len(data), digest, pickle.loads(data) == value)
