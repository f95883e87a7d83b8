# Generated comparison cases: every value 0..16 and -1..-3 through Flag, IntFlag and the
# boundary policies, and pairwise operators between members.
import enum
from enum import Flag, IntFlag, Enum, IntEnum, StrEnum, auto


class F(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3


class FC(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
    C = 4


class FE(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


class I(IntFlag):
    R = 4
    W = 2
    X = 1


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), str(r), format(r), bool(r) if not isinstance(r, str) else "")
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace("\n", "|"))


for cls in (F, FC, FE, I):
    for v in list(range(0, 17)) + [-1, -2, -3]:
        show("%s(%d)" % (cls.__name__, v), lambda: cls(v))
for cls in (F, I):
    members = list(cls)
    for a in members:
        show("~%s" % a.name, lambda: ~a)
        for b in members:
            show("%s|%s" % (a.name, b.name), lambda: a | b)
            show("%s&%s" % (a.name, b.name), lambda: a & b)
            show("%s^%s" % (a.name, b.name), lambda: a ^ b)
            print("  in", b in a, "eq", a == b, "len", len(a | b), [m.name for m in (a | b)])
show("I.R|8", lambda: I.R | 8)
show("I.R+1", lambda: I.R + 1)
show("F.A|1", lambda: F.A | 1)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


class Name(StrEnum):
    AX = auto()
    BY = "by"


class Plain(Enum):
    X = "x"
    Y = 2.5
    Z = (1, 2)


for m in list(Num) + list(Name) + list(Plain):
    print(repr(m), str(m), format(m), "%s" % m, m.name, m.value, hash(m) == hash(m.name) if isinstance(m, Plain) else "")
for a in Num:
    for b in Num:
        print(a.name, b.name, a < b, a + b, a * b, a == b.value, a // b, max(a, b).name)
