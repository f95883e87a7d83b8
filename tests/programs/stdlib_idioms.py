from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Optional, Dict
import copy
from collections.abc import Iterable, Mapping


class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()

    def __str__(self):
        return self.name.title()


@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)


cards = [Card(3, Suit.HEARTS), Card(1, Suit.SPADES)]
print(sorted(cards), str(Suit.HEARTS), f"{Suit.SPADES}")
match Suit.HEARTS:
    case Suit.SPADES:
        print("spades")
    case Suit.HEARTS:
        print("hearts")


@dataclass
class Tree:
    value: int
    left: Optional["Tree"] = None
    right: Optional["Tree"] = None

    def insert(self, v):
        if v < self.value:
            if self.left is None:
                self.left = Tree(v)
            else:
                self.left.insert(v)
        else:
            if self.right is None:
                self.right = Tree(v)
            else:
                self.right.insert(v)


t = Tree(5)
for v in [3, 8, 1]:
    t.insert(v)
print(t)
t2 = copy.deepcopy(t)
print(t2 == t, t2 is t, t2.left is t.left)


def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, "ab"]], (4,)])))
print(isinstance({}, Mapping), isinstance([], Mapping))


@dataclass
class Graph:
    edges: Dict[str, List[str]] = field(default_factory=dict)

    def add(self, a, b):
        self.edges.setdefault(a, []).append(b)


g = Graph()
g.add("a", "b")
print(g, Graph.__dataclass_fields__["edges"].type)


class Color(str, Enum):
    RED = "r"
    GREEN = "g"


print(Color.RED == "r", Color("g"), Color.RED.value, repr(Color.GREEN), [c.value for c in Color], Color.RED.upper())


class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0

    @classmethod
    def from_bool(cls, b):
        return cls.ACTIVE if b else cls.INACTIVE


print(Status.from_bool(True), Status(0), Status.ACTIVE.value, Status["INACTIVE"])
print({s.name: s.value for s in Status})
print(copy.copy(Status.ACTIVE) is Status.ACTIVE, copy.deepcopy([Status.ACTIVE])[0] is Status.ACTIVE)


@dataclass(frozen=True)
class P:
    x: int
    y: int

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)


print(P(1, 2) + P(3, 4), {P(1, 2): 1}[P(1, 2)])
