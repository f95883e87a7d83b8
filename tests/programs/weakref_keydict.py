# WeakKeyDictionary and WeakSet: entries go when their keys die.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K(%d)" % self.n


keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), d[keys[1]], keys[1] in d, d.get(K(9), "no"), 5 in d)
del k
del keys[1]
print(len(d), sorted(d.values()))
for k in d.keys():
    if k.n == 0:
        del keys[0]
del k
print(len(d), sorted(v for v in d.values()))
print(sorted(d.items(), key=lambda kv: kv[1]))
print(d.pop(keys[0]), len(d), d.setdefault(keys[0], 7), d[keys[0]])
c = d.copy()
keys.clear()
print(len(d), len(c))

s = weakref.WeakSet()
items = [K(i) for i in range(3)]
for it in items:
    s.add(it)
print(len(s), items[0] in s, K(0) in s, 1 in s)
del it
items.pop()
print(len(s), sorted(x.n for x in s))
s.discard(items[0])
print(len(s))
s2 = weakref.WeakSet(items)
print(len(s2), s2 == weakref.WeakSet(items), len(s | s2), len(s2 - s), len(s2 & s))
items.clear()
print(len(s), len(s2), list(s2))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError:", e)
