# Weak references to objects in garbage cycles die when the collector frees them.
import gc
import weakref


class N:
    pass


gc.collect()
a = N()
b = N()
a.b = b
b.a = a
log = []
ra = weakref.ref(a, lambda r: log.append("a died"))
rb = weakref.ref(b)
del a, b
print(ra() is not None, rb() is not None, log)
gc.collect()
print(ra(), rb(), log)

# A weak value dictionary of cyclic objects.
d = weakref.WeakValueDictionary()
for i in range(3):
    n = N()
    n.self = n
    d[i] = n
del n
print(len(d))
gc.collect()
print(len(d))

# A weak reference that is itself garbage together with its referent: no callback.
c = N()
c.r = weakref.ref(c, lambda r: print("never called"))
del c
gc.collect()
print("done")
