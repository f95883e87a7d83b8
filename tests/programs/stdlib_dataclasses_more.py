from dataclasses import dataclass, field, fields, replace, InitVar, asdict, is_dataclass, FrozenInstanceError
from collections import namedtuple
import dataclasses


@dataclass
class A:
    x: int = field(default=0, metadata={"unit": "m"})
    y: int = field(default=5, init=False)
    tags: tuple = ()

    def __post_init__(self):
        self.y = self.x * 2


@dataclass
class B(A):
    z: int = 9

    def __post_init__(self):
        super().__post_init__()
        self.z += 1


print(fields(A)[0].metadata["unit"], A(3), B(1), B(1, (), 2), fields(B)[1].init)
P = namedtuple("P", "a b")


@dataclass
class W:
    p: P
    items: list


print(asdict(W(P(1, [2]), [A(1)])))


@dataclass
class Cfg:
    path: str
    debug: InitVar[bool]

    def __post_init__(self, debug):
        self.mode = "debug" if debug else "normal"


c = Cfg("/x", True)
print(c, c.mode)
try:
    replace(c, path="/y")
except ValueError as e:
    print(type(e).__name__, e)
print(replace(c, path="/y", debug=False).mode)
print(is_dataclass(A(1)), dataclasses.MISSING is dataclasses.MISSING, repr(fields(A)[1].default), fields(B)[0].name)


@dataclass(frozen=True)
class F:
    v: int

    def with_v(self, v):
        return replace(self, v=v)


f = F(1)
print(f.with_v(3), f)
try:
    object.__setattr__(f, "v", 7)
    print(f)
except Exception as e:
    print(type(e).__name__, e)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
