from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import NamedTuple, Iterator, Generic, TypeVar, get_type_hints
from collections.abc import Iterator as ABCIterator
from queue import PriorityQueue
from fractions import Fraction
import statistics
from contextlib import contextmanager
import operator
from functools import reduce


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


h = []
for p, n in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(h, Job(p, n))
print([heapq.heappop(h).name for _ in range(3)])


class Edge(NamedTuple):
    src: str
    dst: str
    weight: float = 1.0


edges = [Edge("a", "b", 2.5), Edge("b", "c")]
print(edges, Edge._make(["x", "y", 3]), Edge._field_defaults, sum(e.weight for e in edges))


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


g = fib()
print([next(g) for _ in range(10)], isinstance(g, ABCIterator))

pq = PriorityQueue()
for item in [(2, "two"), (0, "zero"), (1, "one")]:
    pq.put(item)
print([pq.get()[1] for _ in range(pq.qsize())])

print(sum(Fraction(1, 2 ** k) for k in range(1, 11)), statistics.mean(x * x for x in range(10)))
print(reduce(operator.mul, range(1, 10)), sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)))


@contextmanager
def section(title):
    print("==", title)
    yield
    print("== end", title)


with section("demo"):
    print("body")

K = TypeVar("K")


class Registry(Generic[K]):
    def __init__(self) -> None:
        self.items: dict[K, int] = {}

    def add(self, k: K) -> None:
        self.items[k] = self.items.get(k, 0) + 1


r = Registry[str]()
r.add("x")
r.add("x")
print(r.items)


@dataclass
class Matrix:
    rows: list[list[float]]

    def __matmul__(self, other: Matrix) -> Matrix:
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])


m = Matrix([[1, 2], [3, 4]])
print(m @ m, get_type_hints(Edge)["weight"] if False else "")
