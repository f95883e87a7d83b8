# __del__ may resurrect its object; it is not called a second time (PEP 442).
import gc

saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
        saved.append(self)


p = Phoenix(1)
del p
print(len(saved), saved[0].n)
saved.clear()
print("cleared: no second __del__")


class Builtin(list):
    def __del__(self):
        print("del list subclass", list(self))


x = Builtin([1, 2])
del x


class DictSub(dict):
    def __del__(self):
        print("del dict subclass", sorted(self))


y = DictSub(a=1)
y = None


class Raises:
    def __del__(self):
        raise ValueError("boom in __del__")


r = Raises()
del r
print("after raising __del__")


# Cycles: __del__ of each object runs once, from gc.collect().
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del node", self.name, self.other is not None)


gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("before collect")
n = gc.collect()
print("collected", n >= 2)
print("after collect", gc.collect())


# A cycle whose __del__ resurrects: kept, and finalized only once.
class Keep:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("del keep")
        saved.append(self)


k = Keep()
del k
gc.collect()
print(len(saved))
saved.clear()
gc.collect()
print("no second del")
