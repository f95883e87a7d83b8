# array: storage round trips, byte order, iteration, copies, subclasses and larger data.
import array
import copy

A = array.array


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


# Every type code through bytes and back.
samples = {
    "b": [-128, -1, 0, 127], "B": [0, 1, 255], "h": [-32768, 5, 32767], "H": [0, 65535],
    "i": [-2**31, 7, 2**31 - 1], "I": [0, 2**32 - 1], "l": [-2**63, 2**63 - 1],
    "L": [0, 2**64 - 1], "q": [-2**63, 0, 2**63 - 1], "Q": [2**64 - 1, 3],
    "f": [0.5, -2.25, 3.0], "d": [0.1, -1e300, 2.5],
}
for code, items in samples.items():
    a = A(code, items)
    raw = a.tobytes()
    b = A(code)
    b.frombytes(raw)
    c = A(code, raw)
    print(code, a.itemsize, len(raw), b == a, c.tolist() == a.tolist(), a.tolist() == items)
    a.byteswap()
    swapped = a.tobytes()
    a.byteswap()
    print("  swap", a.tolist() == items,
          all(swapped[i:i + a.itemsize] == raw[i:i + a.itemsize][::-1]
              for i in range(0, len(raw), a.itemsize)))
u = A("u", "h\u00e9llo \U0001f600")
print(u, len(u), u.tounicode(), len(u.tobytes()) == 4 * len(u))
print(A("h", [1, 256]).tobytes(), bytes(A("h", [1, 256])), A("d", [1.0]).tobytes())
print(A("H", b"\x01\x02\x03\x04"), A("f", b"\x00\x00\x80\x3f"))

# Iteration sees changes made while iterating.
a = A("i", [1, 2, 3])
seen = []
for x in a:
    seen.append(x)
    if x == 1:
        a.append(4)
print(seen, a)
it = iter(A("i", [5, 6]))
print(next(it), next(it), next(it, "done"))

# Copies are independent.
a = A("d", [1.5, 2.5])
b = copy.copy(a)
c = copy.deepcopy(a)
d = a[:]
b[0] = 9.0
c.append(1.0)
d.reverse()
print(a, b, c, d, A("d", a))

# A subclass keeps working.
class Samples(A):
    def mean(self):
        return sum(self) / len(self)

s = Samples("d", [1.0, 2.0, 4.5])
print(type(s).__name__, s.mean(), isinstance(s, A), s.typecode, len(s), s[1], s)
s.append(0.5)
print(s.mean(), s.tolist())

# Larger data.
big = A("i", range(100000))
print(len(big), big[99999], big[-100000], sum(big[::1000]), big.count(5), big.index(77777))
big[10:20] = A("i", [0] * 5)
print(len(big), big[8:18].tolist())
del big[::2]
print(len(big), big[:5])
big *= 3
print(len(big), big.buffer_info()[1])
q = A("Q", [2**64 - 1] * 3)
print(q.pop(), q.pop(0), q, sum(q))
f = A("f", [0.1, 0.2])
print(f, f[0] == 0.1, round(f[0], 6))
print(A("b", [1, 2, 3]) + A("b", [4]), A("u", "ab") * 2, A("i") * 5)
print(A("i", [1, 2]) == A("i", [1, 2]), A("i", [1, 2]) == A("b", [1, 2]), A("f", [0.5]) == A("d", [0.5]))
print(A("i", [1, 2]) < A("i", [1, 2, 0]), A("i", [2]) > A("d", [1.5]), A("i") == A("u"))
print(repr(A("b")), repr(A("u")), str(A("u", "x")))
print(array.typecodes, array.ArrayType is A, A.__name__)
attempt("bytes out of range", lambda: A("B", bytes(3)).fromlist([256]))
attempt("wrong store", lambda: A("b", [1]).extend(A("B", [1])))
attempt("float index", lambda: A("b", [1])[0.0])
attempt("slice to non array", lambda: A("b", [1]).__setitem__(slice(0, 1), b"x"))
