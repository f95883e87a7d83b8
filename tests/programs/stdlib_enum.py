from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(list(Color), len(Color), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.__members__.keys() if hasattr(Color.__members__, "keys") else None)
print(list(Color.__members__), Color.RED.describe(), Color.BLUE.lower, Color.default())
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, repr(Color.GREEN), str(Color.GREEN))
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print([c.name for c in reversed(Color)], Color.RED in Color, {Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value), f"{Color.RED}", "%s" % Color.BLUE, format(Color.BLUE, "^12"))
print(Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color, enum.EnumMeta))

for bad in (lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.BLUE, lambda: Color("1")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)


class Base(Enum):
    def hello(self):
        return "hello from " + self.name


class Derived(Base):
    A = 1
    B = 2


print(Derived.A.hello(), list(Derived))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print([(m.name, m.value) for m in Auto])


class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    X = auto()
    Y = auto()


print(list(Lower), Lower("y1"))


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE == 1, Shape.SQUARE + 1, Shape.CIRCLE < Shape.SQUARE, int(Shape.SQUARE), [1, 2, 3][Shape.CIRCLE])
print(repr(Shape.CIRCLE), str(Shape.CIRCLE), f"{Shape.SQUARE}", "{:03d}".format(Shape.SQUARE), Shape(2), isinstance(Shape.CIRCLE, int))
print(sorted([Shape.SQUARE, Shape.CIRCLE]), max(Shape), Shape.CIRCLE * 10, hash(Shape.CIRCLE) == hash(1))


class Http(StrEnum):
    OK = "ok"
    NOT_FOUND = auto()


print(repr(Http.OK), str(Http.NOT_FOUND), Http.OK == "ok", Http.OK.upper(), Http("ok"), f"[{Http.OK}]", isinstance(Http.OK, str), len(Http.NOT_FOUND))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.value, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw), len(rw))
print(repr(Perm.RWX), list(Perm), repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(6) is rw, repr(Perm(3)))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()


print([(m.name, m.value) for m in Opt], repr(Opt.A | Opt.C))


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.X
print(repr(m), str(m), m == 5, m + 1, repr(Mode(9)), isinstance(m, int), repr(Mode.R | 2), Mode.W in m, format(Mode.R, "03"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Num = Enum("Num", {"ONE": 1, "TWO": 2})
print(list(Num), Num(2))
Pairs = Enum("Pairs", [("a", "x"), ("b", "y")])
print(list(Pairs), Pairs("y"))
Start = Enum("Start", ["P", "Q"], start=10)
print(list(Start))
IntE = IntEnum("IntE", "ONE TWO")
print(IntE.TWO + 1, repr(IntE.ONE))


class Missing(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Missing("A"), Missing("b"))
try:
    Missing(3)
except ValueError as e:
    print(type(e).__name__, e)


class WithIgnore(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1


print(list(WithIgnore), hasattr(WithIgnore, "tmp"))
print(Color.RED.__hash__() == hash(Color.RED), dict.fromkeys(Color), {Color.RED, Color.CRIMSON})
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
Color.extra = "ok"
print(Color.extra, Color.RED)
