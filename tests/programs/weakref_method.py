# weakref.WeakMethod: alive while the object and the function are.
import weakref


class C:
    def m(self):
        return "m of %s" % self.name

    def __init__(self, name):
        self.name = name


c = C("c")
wm = weakref.WeakMethod(c.m)
print(wm()(), wm() == c.m, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(c.m), hash(wm) == hash(weakref.WeakMethod(c.m)))
calls = []
wm2 = weakref.WeakMethod(c.m, lambda r: calls.append(r is wm2))
del c
print(wm(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)


def f():
    pass


try:
    weakref.WeakMethod(f)
except TypeError as e:
    print("TypeError:", e)
