import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Generator, Reversible, Sized,
                             Container, Callable, Collection, Set, MutableSet, Mapping,
                             MutableMapping, Sequence, MutableSequence, ByteString,
                             MappingView)

ABCS = (Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container, Callable,
        Collection, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence,
        ByteString)


def kinds(v):
    return [c.__name__ for c in ABCS if isinstance(v, c)]


for v in [[], (), "", {}, set(), frozenset(), 1, 1.5, None, len, lambda: 1,
          (x for x in []), range(3), b"", type]:
    print(type(v).__name__, kinds(v))
print(isinstance(iter([]), Iterator), isinstance(iter({}), Iterator), isinstance(zip(), Iterator))
print(isinstance({}.values(), collections.abc.ValuesView), isinstance({}.keys(), collections.abc.KeysView))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
print(collections.abc.Iterable, Mapping.__module__)


class OnlyIter:
    def __iter__(self):
        return iter([1])


class Blocked(list):
    __iter__ = None


class WithCall:
    def __call__(self):
        pass


class Unhashable:
    __hash__ = None


print(kinds(OnlyIter()), isinstance(Blocked(), Iterable), kinds(WithCall()), kinds(Unhashable()))


class MyMap(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap(a=1, b=2)
print(len(m), m["a"], m.get("z", 0), "a" in m, "z" in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2}, m == {"a": 1}, m.keys() & {"a", "q"}, ("a", 1) in m.items(), 2 in m.values())
print(repr(m.keys())[:9], isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m.keys(), Set))
try:
    m["zz"]
except KeyError as e:
    print(type(e).__name__, e)


class MyDict(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


d = MyDict()
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(sorted(d.items()), d.setdefault("x", 9), d.setdefault("w", 4), d.pop("w"), d.pop("nope", "dflt"))
print(d.popitem(), len(d))
d.clear()
print(len(d))
for f in (lambda: d.pop("nope"), lambda: d.popitem()):
    try:
        f()
    except KeyError as e:
        print(type(e).__name__, e)


class MySeq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = MySeq(3, 1, 4, 1, 5)
print(list(s), 4 in s, 9 in s, list(reversed(s)), s.index(1), s.index(1, 2), s.count(1))
try:
    s.index(42)
except ValueError as e:
    print(type(e).__name__, e)


class MyList(MutableSequence):
    def __init__(self):
        self._l = []

    def __getitem__(self, i):
        return self._l[i]

    def __setitem__(self, i, v):
        self._l[i] = v

    def __delitem__(self, i):
        del self._l[i]

    def __len__(self):
        return len(self._l)

    def insert(self, i, v):
        self._l.insert(i, v)

    def __repr__(self):
        return "MyList(%r)" % self._l


ml = MyList()
ml.append(1)
ml.extend([2, 3])
ml += [4]
ml.reverse()
print(ml, ml.pop(), ml.pop(0), ml)
ml.remove(3)
print(ml)
ml.clear()
print(ml, len(ml))


class MySet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)

    def __repr__(self):
        return "MySet(%r)" % sorted(self._s)


a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, MySet([2]) < a, a == MySet([3, 2, 1]), a.isdisjoint([7]))
a |= [9]
a -= [1]
print(a)
a.remove(9)
print(a, a.pop(), a)
try:
    a.remove(100)
except KeyError as e:
    print(type(e).__name__, e)

for cls in (Sequence, MutableMapping, Iterable, Set):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)


class Incomplete(MutableSequence):
    def __getitem__(self, i):
        return i


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))


def gen():
    yield 1


print(isinstance(gen(), Generator), issubclass(type(gen()), Iterator))
print(Iterable[int], Callable[[int], str], Callable[..., int], Mapping[str, int])
from collections.abc import Callable, Hashable, Iterable, Sized
import functools
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
print(isinstance(C().m, Callable), isinstance(C.cm, Callable), isinstance([].append, Callable), isinstance(functools.partial(len), Callable), isinstance(C, Callable), isinstance(print, Callable))
print(isinstance(C().m, Hashable), isinstance(range(3), Hashable), isinstance(C(), Hashable))
print(isinstance(zip(), Iterable), isinstance(enumerate([]), Iterable), isinstance(reversed([]), Iterable), isinstance(map(len, []), Iterable), isinstance({}.items(), Sized))
