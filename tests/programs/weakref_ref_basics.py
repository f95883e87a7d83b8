# weakref.ref: calling, identity of basic refs, hash and equality, repr, callbacks.
import re
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n

    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


def norm(s):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", s)


a = C(1)
r = weakref.ref(a)
print(r() is a, r() == C(1))
print(weakref.ref(a) is r, weakref.ref(a, None) is r)
print(type(r) is weakref.ref, weakref.ref is weakref.ReferenceType)
print(weakref.ref.__name__, weakref.ref.__module__, type(r).__name__)
print(r.__callback__)
print(hash(r) == hash(a), hash(r) == hash(1))
print(norm(repr(r)))
b = C(1)
rb = weakref.ref(b)
print(r == rb, r != rb, r is rb)
c = C(2)
print(r == weakref.ref(c), r != weakref.ref(c))
print(r == a, r.__eq__(a))
print(weakref.getweakrefcount(a), weakref.getweakrefcount(c))

# Callbacks: called with the reference, newest first; __callback__ cleared after.
log = []
r1 = weakref.ref(a, lambda ref: log.append(("r1", ref is r1, ref())))
r2 = weakref.ref(a, lambda ref: log.append(("r2", ref is r2, ref())))
print(r1 is r, r2 is r1, r1 == r2)
print(weakref.getweakrefcount(a), [x is r for x in weakref.getweakrefs(a)])
print(r1.__callback__ is not None)
h = hash(r)
del a
print(log)
print(r(), r1(), r2.__callback__)
print(norm(repr(r)))
# The hash computed while alive is kept; never computed and dead: TypeError.
print(hash(r) == h)
try:
    hash(r1)
except TypeError as e:
    print("TypeError:", e)
# Dead refs compare by identity.
print(r1 == r1, r1 == r2, r1 != r2)
print(r == rb)


def f():
    pass


rf = weakref.ref(f)
print(norm(repr(rf)))
del f
print(rf())

# A reference that dies first: its callback is never called.
d = C(3)
rd = weakref.ref(d, lambda ref: print("never"))
del rd
del d
print("no callback")

# A callback that raises is reported on stderr and the program goes on.
e = C(4)
re_ = weakref.ref(e, lambda ref: 1 / 0)
del e
print("after raising callback", re_())

# Keyword arguments and wrong arity.
x = C(5)
for args, kwargs in [((), {}), ((x,), {"callback": None}), ((x, None, 3), {})]:
    try:
        weakref.ref(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
