from dataclasses import dataclass, field, asdict
from typing import Generic, TypeVar, Iterator, Protocol, Callable, Any
from enum import Enum, IntEnum, Flag
from abc import ABC, abstractmethod
import functools

T = TypeVar("T")


@dataclass
class Box(Generic[T]):
    item: T
    history: list = field(default_factory=list)

    def map(self, f: Callable[[T], Any]) -> "Box":
        return Box(f(self.item), self.history + [self.item])


b = Box(3).map(lambda v: v * 2).map(str)
print(b, Box[int](5), Box.__parameters__)


class Coin(Enum):
    PENNY = (1, "copper")
    DIME = (10, "silver")

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj


print(Coin(10), Coin.PENNY.metal, Coin.DIME.value, list(Coin))


class Animal(ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Animal.registry.append(cls.__name__)

    @abstractmethod
    def speak(self) -> str: ...

    def __repr__(self):
        return "%s says %s" % (type(self).__name__, self.speak())


class Dog(Animal):
    def speak(self):
        return "woof"


print(Dog(), Animal.registry)


class Weekday(IntEnum):
    MON = 1
    TUE = 2


print(Weekday.MON + Weekday.TUE, list(range(Weekday.TUE)), Weekday.TUE * 2, Weekday(1) in [1, 2], "%d" % Weekday.TUE)


class Perm(Flag):
    R = 4
    W = 2
    X = 1


p = Perm.R
p |= Perm.W
print(p, Perm.R in p, p & Perm.X, bool(p & Perm.X), [m.name for m in Perm])


@functools.total_ordering
@dataclass(eq=True)
class Version:
    major: int
    minor: int

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


print(Version(1, 2) <= Version(1, 3), max(Version(1, 0), Version(0, 9)))


class SupportsClose(Protocol):
    def close(self) -> None: ...


def close_all(things: list[SupportsClose]) -> None:
    for t in things:
        t.close()


class F:
    def close(self):
        print("closed F")


close_all([F(), F()])
print(asdict(Box(1)))
