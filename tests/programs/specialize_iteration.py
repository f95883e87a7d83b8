# Adaptive specialization of FOR_ITER-style sites: one loop site is hot for
# one iterable type, then fed many others; unpacking loops change shape.
import itertools
import collections


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def collect(xs):
    out = []
    for x in xs:
        out.append(x)
    return out


# --- same loop site, many iterable types -------------------------------------------
print("== total site")
t = 0
for i in range(60):
    t += total(range(i))
print("range hot", t, total(range(100)))
print("list", total([1, 2, 3, 4]), total([]))
print("tuple", total((10, 20, 30)), total(()))


def gen(n):
    for i in range(n):
        yield i * 2


print("generator", total(gen(10)), total(gen(0)))
print("genexpr", total(x * x for x in range(10)))
print("dict keys", total({1: "a", 2: "b", 30: "c"}), total({5: 0}.keys()))
print("dict values", total({"a": 1, "b": 2}.values()))
print("set", total({1, 2, 3, 100}), total(frozenset({7, 8})))
print("range variants", total(range(10, 0, -1)), total(range(-5, 5, 3)), total(range(0)), total(range(5, 0)))
print("big range", total(range(2**64, 2**64 + 3)))
print("floats", total([0.5, 0.25, 0.125]))
print("bools", total([True, True, False]))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Seq:
    """Old-style iteration via __getitem__ and IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 100


class IterViaGen:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for it in self.items:
            yield it + 1


print("user iterator", total(Countdown(10)))
print("getitem iteration", total(Seq(4)))
print("__iter__ generator", total(IterViaGen([1, 2, 3])))
print("itertools", total(itertools.chain([1, 2], (3,), range(4, 6))), total(itertools.islice(itertools.count(1), 5)))
print("map/filter/zip", total(map(abs, [-1, -2, 3])), total(filter(None, [0, 1, 0, 2])), total(a * b for a, b in zip([1, 2], [3, 4])))
print("reversed/enumerate", total(reversed([1, 2, 3])), total(i for i, _ in enumerate("abcd")))
print("deque", total(collections.deque([4, 5, 6])))
t = 0
for i in range(60):
    t += total([i, i])
print("list hot again", t)

# strings at a collecting site hot for lists
print("== collect site")
c = 0
for i in range(60):
    c += len(collect([i] * (i % 5)))
print("collect hot", c)
print("str", collect("hello"), collect(""))
print("bytes", collect(b"AB"))
print("dict items", collect({"a": 1, "b": 2}.items()))
print("sorted set", sorted(collect({3, 1, 2})))
print("user", collect(Countdown(3)), collect(Seq(3)))
try:
    collect(5)
except TypeError as e:
    print("TypeError:", e)
try:
    collect(None)
except TypeError as e:
    print("TypeError:", e)


class BadIter:
    def __iter__(self):
        return 42


try:
    collect(BadIter())
except TypeError as e:
    print("TypeError:", e)


class Exploding:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise ValueError("boom at " + str(self.i))
        return self.i


try:
    collect(Exploding())
except ValueError as e:
    print("ValueError:", e)

# --- list mutated while iterating ----------------------------------------------------
print("== mutation during iteration")
lst = [1, 2, 3]
seen = []
for x in lst:
    seen.append(x)
    if x < 60:
        lst.append(x + 3)
print("appended while iterating", len(seen), seen[:6], seen[-3:])
lst = list(range(10))
removed = []
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
        removed.append(x)
print("removed while iterating", removed, lst)
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * k  # modifying values is fine
print("values modified", d)

# --- nested loops, break/continue, else -----------------------------------------
print("== nested / break / continue")
pairs = 0
for i in range(60):
    for j in range(i):
        if j % 3 == 0:
            continue
        if j > 10:
            break
        pairs += 1
print("pairs", pairs)
primes = []
for n in range(2, 80):
    for p in range(2, n):
        if n % p == 0:
            break
    else:
        primes.append(n)
print("primes", primes)
found = None
for row in [[1, 2], [3, 4, 5], [6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)
count = 0
while True:
    count += 1
    if count < 60:
        continue
    break
print("while count", count)


def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
    return None


r = [first_negative(range(i, -3, -1)) for i in range(60)]
print("first negative", r[:3], r[-1], first_negative([]), first_negative((5, -7.5)), first_negative(gen(3)))

# generator left early by break, then closed explicitly (finally runs)
log = []


def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("closed")


for i in range(60):
    gobj = guarded(100)
    for v in gobj:
        if v == 2:
            break
    gobj.close()  # explicit close: do not rely on refcount finalization
print("finally count", len(log))

# --- range with negative step, empty sequences ------------------------------------
print("== ranges")
for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5,), (0,), (-5,), (3, 3), (1, 10, 4)]:
    print(args, collect(range(*args)))
print("len/index", len(range(10, 0, -3)), range(10, 0, -3)[1], range(10, 0, -3)[-1], 4 in range(10, 0, -3))
empties = [[], (), "", {}, set(), range(0), gen(0), iter([])]
print("empties", [total(e) if not isinstance(e, str) else len(collect(e)) for e in empties])

# --- unpacking in for loops ------------------------------------------------------
print("== unpacking loops")


def sum_pairs(items):
    s = 0
    for a, b in items:
        s += a * b
    return s


hot = [(i, i + 1) for i in range(60)]
print("tuples", sum_pairs(hot))
print("lists", sum_pairs([[1, 2], [3, 4]]))
print("mixed", sum_pairs([(1, 2), [3, 4], range(5, 7), (2, 2)]))
print("dict items", sum_pairs({2: 3, 4: 5}.items()))
print("zip", sum_pairs(zip(range(5), range(5, 10))))
print("enumerate", sum_pairs(enumerate([10, 20, 30])))
print("generator of tuples", sum_pairs((i, -i) for i in range(4)))
print("str pairs", sum_pairs([(1, 2)]), [a + b for a, b in ["xy", "zw"]])
for bad in [[(1, 2, 3)], [(1,)], [[1, 2], [1]], [()], ["abc"]]:
    try:
        sum_pairs(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sum_pairs([5])
except TypeError as e:
    print("TypeError:", e)
try:
    sum_pairs([(1, 2), None])
except TypeError as e:
    print("TypeError:", e)
print("tuples again", sum_pairs(hot))


def star_unpack(items):
    out = []
    for first, *rest in items:
        out.append((first, rest))
    return out


print("star", star_unpack([(1, 2, 3), [4], "xyz", range(3)]))
try:
    star_unpack([()])
except ValueError as e:
    print("ValueError:", e)


def nested_unpack(items):
    out = 0
    for (a, b), c in items:
        out += a + b * c
    return out


print("nested", nested_unpack([((1, 2), 3)] * 60))
try:
    nested_unpack([((1, 2), 3), ((1, 2, 3), 4)])
except ValueError as e:
    print("ValueError:", e)

# --- iterators consumed partially and shared ----------------------------------------
print("== shared iterators")
it = iter(range(20))
firsts = []
for x in it:
    firsts.append(x)
    if x == 4:
        break
rest = [x for x in it]
print("split", firsts, rest)
it = iter([1, 2, 3, 4, 5, 6])
print("zip same iterator", list(zip(it, it)))
print("next default", next(iter([]), "default"), next(iter("q")))
try:
    next(iter(()))
except StopIteration:
    print("StopIteration caught")
g = gen(3)
print("generator exhausted", list(g), list(g))
print("done")
