# When __del__ runs relative to the statements around it, in ordinary code.
import weakref

log = []


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("del", self.name)


def make_and_drop():
    c = C("local")
    c = None
    print("in function after c = None", log)


make_and_drop()
print("after call", log)


def returns_nothing():
    C("temporary")


returns_nothing()
print("after temporary", log)

x = C("global")
x = C("global 2")
print("after rebind", log)


class Holder:
    pass


h = Holder()
h.item = C("attribute")
del h.item
print("after del attribute", log)
items = {"a": C("item")}
del items["a"]
print("after del item", log)


class Outer:
    def __init__(self):
        self.inner = C("inner")

    def __del__(self):
        print("del outer, inner still", self.inner.name)
        del self.inner
        print("outer done")


o = Outer()
del o
print("after outer", log)

# A callback and a __del__ of the same object: __del__ first, then the callback.
y = C("with ref")
r = weakref.ref(y, lambda ref: print("callback, referent gone:", ref() is None))
del y
print("after y", log[-1])


# Finalizers of objects released by a finalizer run in order.
class Chain:
    def __init__(self, n, nxt=None):
        self.n = n
        self.nxt = nxt

    def __del__(self):
        print("chain", self.n)


c = Chain(1, Chain(2, Chain(3)))
del c
print("end")
