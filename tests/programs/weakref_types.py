# Which objects can be weakly referenced, as in CPython.
import collections
import weakref


class C:
    pass


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SlottedSub(Slotted):
    pass


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class T(tuple):
    pass


class S(str):
    pass


class E(Exception):
    pass


def f():
    pass


def g():
    yield 1


class M:
    def m(self):
        pass


cases = [
    ("int", 1), ("big int", 2**100), ("float", 1.5), ("bool", True), ("None", None),
    ("str", "s"), ("bytes", b"b"), ("bytearray", bytearray()), ("tuple", ()),
    ("list", []), ("dict", {}), ("object", object()), ("range", range(3)),
    ("Exception", Exception()), ("slice", slice(1)),
    ("C", C()), ("Slotted", Slotted()), ("SlottedWeak", SlottedWeak()),
    ("SlottedSub", SlottedSub()), ("L", L()), ("D", D()), ("I", I()), ("T", T()),
    ("S", S()), ("E", E()), ("function", f), ("generator", g()), ("set", set()),
    ("frozenset", frozenset()), ("class", C), ("type", int), ("bound method", M().m),
    ("builtin", len), ("deque", collections.deque()), ("code", f.__code__),
    ("module", weakref), ("ref", weakref.ref(C)),
]
for name, ob in cases:
    try:
        weakref.ref(ob)
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError:", e)

for name, ob in [("int", 1), ("list", []), ("C", C())]:
    try:
        weakref.proxy(ob)
        print("proxy", name, "ok")
    except TypeError as e:
        print("proxy", name, "TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs([]))
