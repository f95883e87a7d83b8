from typing import Protocol, TypeVar, Iterator, Dict, List, Generic, Iterable, Mapping, runtime_checkable
import typing
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...


class Reader(Protocol[T_co]):
    def read(self) -> T_co: ...


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Counts(Dict[str, int]):
    def bump(self, k):
        self[k] = self.get(k, 0) + 1


class Pair(Generic[T]):
    def __init__(self, a: T, b: T):
        self.a, self.b = a, b


class IntPair(Pair[int]):
    pass


print(list(Countdown(3)), Countdown.__mro__[1:3], isinstance(Countdown(1), Iterable))
c = Counts()
c.bump("a")
c.bump("a")
print(c, type(c).__mro__[1], isinstance(c, dict), isinstance(c, Mapping))
print(IntPair(1, 2).a, IntPair.__orig_bases__, IntPair.__parameters__, Pair.__parameters__, Reader.__parameters__)
print(isinstance([1], SupportsLen), isinstance(3, SupportsLen), issubclass(str, SupportsLen))
print(typing.Text, typing.AnyStr, typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance("s", typing.SupportsIndex))
print(typing.get_origin(typing.Generic), typing.Optional[typing.List["Pair"]])
