import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, FrozenSet, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, TypeVar,
                    Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, Literal,
                    Final, ClassVar, Annotated, cast, overload, TYPE_CHECKING, get_type_hints,
                    get_origin, get_args, NewType, NoReturn)

print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Type[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[float], Mapping[str, Any], MutableMapping)
print(Literal["a", 1], Final[int], ClassVar[List[int]], Annotated[int, "meta", 2], NoReturn)
print(List, Dict, Callable, Tuple, Union[int, str] == Union[str, int], Union[int, int], Optional[None])
print(List[int] == List[int], List[int] == List[str], Literal[1, 2] == Literal[2, 1])

for tp in (List[int], Dict[str, int], Optional[int], Union[int, str, None], Callable[[int], str],
           Callable[..., str], Annotated[int, "x"], Literal[3], int, List, Tuple[int, ...]):
    print(get_origin(tp), get_args(tp))

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K, N, T.__name__, K.__bound__, N.__constraints__, TypeVar("C", covariant=True))


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
print(s.pop(), Stack[int], Stack.__parameters__, get_origin(Stack[str]), get_args(Stack[str]))


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__)
print(Dict[K, T][str, int], List[T][float])


@runtime_checkable
class Closeable(Protocol):
    def close(self):
        ...


class Resource:
    def close(self):
        return "closed"


class NotResource:
    pass


print(isinstance(Resource(), Closeable), isinstance(NotResource(), Closeable), issubclass(Resource, Closeable))


class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Impl(Drawable):
    def draw(self):
        return "drawn"


print(Impl().draw())
try:
    isinstance(Impl(), Drawable)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Drawable()
except TypeError as e:
    print(type(e).__name__, e)


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self):
        return "%s#%d" % (self.name, self.id)


e = Employee("guido")
print(e, e.describe(), Employee("x", 5), e._fields, e._asdict(), e[0], isinstance(e, tuple), e._replace(id=9))
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields, Point(1, 2).x)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as e2:
    print(type(e2).__name__, e2)


class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__required_keys__), sorted(PartialMovie.__optional_keys__), Movie.__total__, PartialMovie.__total__)
Alt = TypedDict("Alt", {"a": int, "b": str})
print(Alt(a=1, b="x"), sorted(Alt.__required_keys__), typing.is_typeddict(Movie), typing.is_typeddict(dict))
try:
    isinstance(m, Movie)
except TypeError as e3:
    print(type(e3).__name__, e3)

print(cast(int, "not an int"), cast("List[int]", [1]), TYPE_CHECKING)


@overload
def process(x: int) -> int:
    ...


@overload
def process(x: str) -> str:
    ...


def process(x):
    return x * 2


print(process(2), process("ab"))

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__)


class Config:
    name: str
    retries: int = 3
    tags: List[str]
    maybe: Optional[int] = None
    limit: ClassVar[int] = 10


hints = get_type_hints(Config)
print(hints)


class SubConfig(Config):
    extra: Dict[str, int]


print(list(get_type_hints(SubConfig)), get_type_hints(SubConfig)["extra"])

print(isinstance([1], List), isinstance({}, Dict), isinstance(3, Union[int, str]), isinstance("s", Optional[int]))
print(issubclass(list, Sequence), issubclass(dict, Mapping), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator))
print(int | None, int | str | None, (int | str) == Union[int, str], isinstance(3, int | str), isinstance(None, int | None))
print(get_args(int | None), Union[int, str] | None, List[int] | None)

for bad in (lambda: isinstance(3, List[int]), lambda: isinstance(3, Any), lambda: Union[()],
            lambda: Generic[int], lambda: Callable[int, str], lambda: Optional[int, str],
            lambda: Stack[int, str], lambda: List[int, str], lambda: Union(),
            lambda: TypeVar("X", int), lambda: Literal()):
    try:
        r = bad()
        print("no error", r)
    except TypeError as e4:
        print(type(e4).__name__, e4)
