import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"], d == a)
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy("s"), copy.deepcopy(3.5))

# shared references stay shared; cycles survive
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
dc = {"self": None}
dc["self"] = dc
dcc = copy.deepcopy(dc)
print(dcc["self"] is dcc)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
p.tags.append("t")
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)


class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


s2 = copy.deepcopy(State())
print(s2.a, s2.cache)
s3 = copy.copy(State())
print(s3.a, s3.cache)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"))
sl2 = copy.copy(Slotted())
print(sl2.a)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.extra = "x"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.extra, mc[1] is ml[1])
print(type(copy.copy(ml)).__name__, copy.copy(ml))


class MyDict(dict):
    pass


md = copy.deepcopy(MyDict(a=[1]))
print(type(md).__name__, md)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


print(copy.copy(Reduced(3)).n, copy.deepcopy(Reduced(5)).n)

print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.copy(None))
f = lambda: 1
print(copy.deepcopy(f) is f)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0])
print(issubclass(copy.Error, Exception), copy.error is copy.Error)


def gen():
    yield 1


for f in (lambda: copy.copy(gen()), lambda: copy.deepcopy(gen()), lambda: copy.deepcopy({"g": gen()})):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
