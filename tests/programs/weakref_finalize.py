# weakref.finalize: called once, when the object dies or when called, or at exit.
import re
import weakref


class C:
    pass


def norm(s):
    return re.sub(r"0x[0-9a-f]+", "0xADDR", s)


def bye(*args, **kw):
    print("bye", args, kw)
    return "result"


a = C()
f = weakref.finalize(a, bye, 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[1] is bye, f.peek()[2:], norm(repr(f)))
del a
print("after del", f.alive, f.peek(), f(), norm(repr(f)))

b = C()
g = weakref.finalize(b, bye, "b")
print(g(), g.alive, g(), g.detach())
del b
print("b gone")

c = C()
h = weakref.finalize(c, bye, "c")
obj, func, args, kwargs = h.detach()
print(obj is c, func is bye, args, kwargs, h.alive, h.detach())
del c, obj
print("c gone")

# Finalizers still alive at exit run then, newest first, unless atexit is False.
keep1 = C()
keep2 = C()
keep3 = C()
weakref.finalize(keep1, print, "exit 1")
weakref.finalize(keep2, print, "exit 2")
off = weakref.finalize(keep3, print, "never")
off.atexit = False
print(off.atexit)

# A finalizer's error is reported and the program goes on.
d = C()
weakref.finalize(d, lambda: 1 / 0)
del d
print("end")
