# pickle: instances, classes and functions by reference, __slots__, __getstate__ /
# __setstate__, __reduce__ / __reduce_ex__, __getnewargs__(_ex)__, copyreg.__newobj__,
# enum members, dataclasses, namedtuples and subclasses of built-in types; every protocol.
import pickle
import copyreg
import collections
import dataclasses
import enum


class Plain:
    pass


class WithInit:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is WithInit and (self.a, self.b) == (other.a, other.b)


class Slotted:
    __slots__ = ("x", "y")


class SlottedChild(Slotted):
    __slots__ = ("z",)


class Mixed:
    __slots__ = ("s", "__dict__")


class State:
    def __init__(self):
        self.public = 1
        self.cache = "drop me"

    def __getstate__(self):
        return {"public": self.public}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Reduced:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Reduced, (self.value * 2,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx.build, (proto,))

    @staticmethod
    def build(proto):
        obj = ReducedEx()
        obj.made_with = proto
        return obj


def make_full(tag):
    obj = Full()
    obj.tag = tag
    return obj


class Full(list):
    def __reduce__(self):
        return (make_full, ("t",), {"extra": 1}, iter([1, 2]), None)


class Table(dict):
    def __reduce__(self):
        return (Table, (), None, None, iter(sorted(self.items())))


def set_state(obj, state):
    obj.via_setter = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), "S", None, None, set_state)


class NewArgs:
    def __new__(cls, n):
        obj = object.__new__(cls)
        obj.n = n
        return obj

    def __getnewargs__(self):
        return (self.n,)


class NewArgsEx:
    def __new__(cls, n, *, k):
        obj = object.__new__(cls)
        obj.n, obj.k = n, k
        return obj

    def __getnewargs_ex__(self):
        return (self.n,), {"k": self.k}


class ViaNewobj:
    def __reduce__(self):
        return (copyreg.__newobj__, (ViaNewobj,), {"v": 1})


class Outer:
    class Inner:
        class Deepest:
            pass


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MySet(set):
    pass


class MyFloat(float):
    pass


Point = collections.namedtuple("Point", "x y")


class Color(enum.Enum):
    RED = 1
    GREEN = "g"


class Perm(enum.IntFlag):
    R = 4
    W = 2


@dataclasses.dataclass
class Card:
    rank: int
    suit: str = "spades"


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


def function():
    return 42


class CustomError(Exception):
    pass


def show(label, value, protos=range(pickle.HIGHEST_PROTOCOL + 1)):
    for proto in protos:
        try:
            data = pickle.dumps(value, proto)
        except Exception as exc:
            print(label, proto, "dump error:", type(exc).__name__, exc)
            continue
        print(label, proto, data)


def attrs(obj):
    out = dict(getattr(obj, "__dict__", {}))
    for name in ("x", "y", "z", "s"):
        if hasattr(obj, name):
            out[name] = getattr(obj, name)
    return sorted(out.items())


p = Plain()
p.x = 1
p.name = "plain"
show("plain", p)
show("plain-empty", Plain())
show("withinit", WithInit([1, 2], b={"k": None}))
s = Slotted()
s.x = 10
show("slotted", s, range(2, 6))
show("slotted-empty", Slotted(), range(2, 6))
sc = SlottedChild()
sc.y = 2
sc.z = 3
show("slotted-child", sc, range(2, 6))
m = Mixed()
m.s = "slot"
m.d = "dict"
show("mixed", m, range(2, 6))
show("state", State())
show("reduced", Reduced(21))
show("reduced-ex", ReducedEx())
fl = Full()
show("full", fl)
tb = Table(b=2, a=1)
show("table", tb)
show("setter", WithSetter(), range(2, 6))
show("newargs", NewArgs(7))
show("newargs-ex", NewArgsEx(1, k="kw"), range(4, 6))
show("via-newobj", ViaNewobj(), range(2, 6))
show("classes", [Plain, Outer, Outer.Inner, Outer.Inner.Deepest, int, type, object])
show("functions", [function, len, make_full, copyreg.pickle])
show("singletons", [type(None), type(...), type(NotImplemented), ..., NotImplemented])
ml = MyList([1, 2])
ml.tag = "t"
show("mylist", ml)
show("mydict", MyDict(a=1))
show("myint", MyInt(-5))
show("mystr", MyStr("hi"))
show("mytuple", MyTuple((1, 2)))
show("myfloat", MyFloat(2.5))
show("myset", MySet([3]))
show("point", Point(1, y="b"))
show("enum", [Color.RED, Color.GREEN, Color.RED])
show("dataclass", Card(10))
show("frozen-dc", Frozen(1, (2,)))
show("exception", ValueError("bad", 3))
err = CustomError("x")
err.note = "n"
show("custom-exc", err)
show("range", range(1, 10, 2))
show("slice", slice(1, None, 2))

print("--- round trips")
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(p, proto))
    print(proto, type(r).__name__, attrs(r))
    r = pickle.loads(pickle.dumps(WithInit("A"), proto))
    print(proto, r == WithInit("A"), r.b)
    r = pickle.loads(pickle.dumps(State(), proto))
    print(proto, attrs(r))
    print(proto, pickle.loads(pickle.dumps(Reduced(5), proto)).value)
    print(proto, pickle.loads(pickle.dumps(ReducedEx(), proto)).made_with)
    r = pickle.loads(pickle.dumps(fl, proto))
    print(proto, type(r).__name__, list(r), r.tag, r.extra)
    r = pickle.loads(pickle.dumps(tb, proto))
    print(proto, type(r).__name__, sorted(r.items()))
    r = pickle.loads(pickle.dumps(NewArgs(9), proto))
    print(proto, r.n)
    r = pickle.loads(pickle.dumps(ml, proto))
    print(proto, type(r).__name__, r, r.tag)
    r = pickle.loads(pickle.dumps(MyInt(-5), proto))
    print(proto, type(r).__name__, r)
    r = pickle.loads(pickle.dumps(MyTuple((1, 2)), proto))
    print(proto, type(r).__name__, r)
    r = pickle.loads(pickle.dumps(MySet([3]), proto))
    print(proto, type(r).__name__, sorted(r))
    print(proto, pickle.loads(pickle.dumps(Point(1, 2), proto)))
    r = pickle.loads(pickle.dumps([Color.RED, Color.GREEN], proto))
    print(proto, r, r[0] is Color.RED)
    print(proto, pickle.loads(pickle.dumps(Perm.R | Perm.W, proto)))
    print(proto, pickle.loads(pickle.dumps(Card(3, "hearts"), proto)))
    print(proto, pickle.loads(pickle.dumps(Frozen(1, (2,)), proto)))
    r = pickle.loads(pickle.dumps([Outer.Inner.Deepest, function, len], proto))
    print(proto, r[0] is Outer.Inner.Deepest, r[1]() == 42, r[2]("abc"))
    r = pickle.loads(pickle.dumps(err, proto))
    print(proto, type(r).__name__, r.args, r.note)
    print(proto, pickle.loads(pickle.dumps(range(1, 10, 2), proto)))
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(sc, proto))
    print(proto, type(r).__name__, attrs(r))
    r = pickle.loads(pickle.dumps(m, proto))
    print(proto, attrs(r))
    r = pickle.loads(pickle.dumps(WithSetter(), proto))
    print(proto, r.via_setter)
    r = pickle.loads(pickle.dumps(ViaNewobj(), proto))
    print(proto, r.v)
for proto in range(4, pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(NewArgsEx(1, k="kw"), proto))
    print(proto, r.n, r.k)
