import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, MISSING)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print([f.name for f in fields(Point)], [f.type for f in fields(Point)], Point.__match_args__)
print(Point.__hash__ is None, is_dataclass(Point), is_dataclass(p), is_dataclass(3))
print(asdict(p), astuple(p), replace(p, y=9), p)
print(Point.y, hasattr(Point, "x"))


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)
    version: ClassVar[int] = 1


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is b.items, a == b, Inventory("x", [1], 0, {"k": 1}) == Inventory("x", [1], 0, {}))
print([f.name for f in fields(Inventory)], Inventory.version, "version" in Inventory.__dataclass_fields__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc")]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1), Version(1)})
v = Version(3)
for action in (lambda: setattr(v, "major", 4), lambda: delattr(v, "minor"), lambda: setattr(v, "new", 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(Version(1) == (1, 0, ""), Version(1).__eq__(3))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(WithPost)], replace(w, a=5, scale=1))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=2), Opts(level=1, verbose=True))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int


print(Mixed(1, c=3), Mixed(0, b=5, c=6), Mixed.__match_args__)


@dataclass
class Base:
    x: int
    y: str = "base"


@dataclass
class Child(Base):
    z: float = 1.5
    y: str = "child"


print(Child(1), [f.name for f in fields(Child)], Child(1, "q", 2.5))


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__ or NoEq.__hash__ is not None)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashy(5)) == hash(Hashy(5, [1])))


@dataclass(repr=False)
class CustomRepr:
    v: int

    def __repr__(self):
        return "custom!"


print(CustomRepr(1), repr(CustomRepr(2)))


@dataclass
class Node:
    value: int
    children: List["Node"] = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree))
print(asdict(Inventory("n", [Point(1, 2)], 3, {"p": Point(0)})))
print(asdict(p, dict_factory=lambda kv: sorted(kv, reverse=True)))

Dyn = make_dataclass("Dyn", [("a", int), "c", ("b", str, field(default="x"))], order=True)
print(Dyn(1, 3, "y"), Dyn(1, c=2) < Dyn(2, c=1), [f.name for f in fields(Dyn)], Dyn.__name__)
D2 = make_dataclass("D2", [("n", int, 5)], namespace={"double": lambda self: self.n * 2}, frozen=True)
print(D2(), D2().double(), D2(4).double())


@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__)


@dataclass
class Recursive:
    name: str
    other: object = None


r = Recursive("r")
r.other = r
print(r)

# error paths
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Opts()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
for f in (lambda: fields(3), lambda: asdict(Point), lambda: astuple(5), lambda: replace(p, q=1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    replace(WithPost(1), b=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class BadFlags:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Thawed(Version):
        extra: int = 0
except TypeError as e:
    print(type(e).__name__, e)
try:
    make_dataclass("X", [("a", int), ("a", int)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    make_dataclass("X", [("class", int)])
except TypeError as e:
    print(type(e).__name__, e)
