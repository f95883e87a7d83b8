from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum
import enum


@dataclass
class Shape(ABC):
    name: str

    @abstractmethod
    def area(self) -> float: ...


@dataclass
class Sq(Shape):
    side: float = 1.0

    def area(self):
        return self.side ** 2


try:
    Shape("x")
except TypeError as e:
    print(type(e).__name__, e)
print(Sq("s", 3), Sq("s", 3).area())


class Op(Enum):
    ADD = "+"
    SUB = "-"

    def apply(self, a, b):
        return {Op.ADD: a + b, Op.SUB: a - b}[self]


print(Op("+").apply(2, 3), Op.SUB.apply(2, 3), [o.value for o in Op], Op.ADD.__class__, len(Op.__members__))
print(enum.Enum.__name__, isinstance(Op.ADD, enum.Enum), issubclass(Op, enum.Enum), type(Op))
print(Op.__members__["SUB"], list(Op.__members__.items())[0])
print(dir(Op.ADD)[:3] if False else "", Op.ADD.name.lower(), sorted(Op, key=lambda o: o.value))
