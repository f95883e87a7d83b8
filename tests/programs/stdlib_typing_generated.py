# Generated comparison cases: every typing form applied to every argument in a fixed list,
# printing repr, get_origin and get_args (or the error) for each.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Sequence, Mapping, MutableMapping, Literal, ClassVar,
                    Final, Annotated, TypeVar, Generic, get_origin, get_args)

T = TypeVar("T")
S = TypeVar("S", bound=int)


class User:
    pass


ARGS = [int, str, None, float, User, List[int], Dict[str, int], Optional[int], T, S, Any,
        Tuple[int, ...], Callable[[int], str], Literal[1, "x"], Union[int, str], list, "Fwd", 3,
        ClassVar[int], Final, (int, str)]


def show(label, make):
    try:
        r = make()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    try:
        o = get_origin(r)
        a = get_args(r)
    except Exception as e:
        print(label, "->", repr(r), "get_*:", type(e).__name__)
        return
    print(label, "->", repr(r), "|", o, "|", a)


def name(x):
    if x is None:
        return "None"
    if isinstance(x, str):
        return repr(x)
    return getattr(x, "__name__", None) if isinstance(x, type) else repr(x)


ONE = [("Optional", lambda x: Optional[x]), ("List", lambda x: List[x]), ("Set", lambda x: Set[x]),
       ("FrozenSet", lambda x: FrozenSet[x]), ("Type", lambda x: Type[x]), ("Iterable", lambda x: Iterable[x]),
       ("Iterator", lambda x: Iterator[x]), ("Sequence", lambda x: Sequence[x]), ("ClassVar", lambda x: ClassVar[x]),
       ("Final", lambda x: Final[x]), ("Annotated", lambda x: Annotated[x, "meta"]), ("Tuple1", lambda x: Tuple[x]),
       ("TupleVar", lambda x: Tuple[x, ...]), ("Union1", lambda x: Union[x])]
TWO = [("Union", lambda x, y: Union[x, y]), ("Dict", lambda x, y: Dict[x, y]), ("Tuple", lambda x, y: Tuple[x, y]),
       ("Callable", lambda x, y: Callable[[x], y]), ("Mapping", lambda x, y: Mapping[x, y])]

for fname, f in ONE:
    for x in ARGS:
        show("%s[%s]" % (fname, name(x)), lambda: f(x))
pairs = [(ARGS[i], ARGS[j]) for i in range(len(ARGS)) for j in range(len(ARGS)) if (i * 7 + j * 3) % 5 == 0]
for fname, f in TWO:
    for x, y in pairs:
        show("%s[%s, %s]" % (fname, name(x), name(y)), lambda: f(x, y))

for x, y in pairs:
    if isinstance(x, str) or isinstance(y, str):
        continue
    try:
        print(name(x), name(y), Union[x, y] == Union[y, x], hash(Union[x, y]) == hash(Union[y, x]))
    except Exception as e:
        print(name(x), name(y), type(e).__name__, e)
