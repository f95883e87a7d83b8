# WeakValueDictionary: entries go when their values die, also during iteration.
import gc
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V(%d)" % self.n


vals = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    d["k%d" % i] = v
print(len(d), sorted(d.keys()), d["k2"], "k2" in d, d.get("k9", "none"))
del v
del vals[2]
print(len(d), sorted(d), "k2" in d, d.get("k2", "gone"))
try:
    d["k2"]
except KeyError as e:
    print("KeyError:", e)
# Values dying while the dict is being iterated.
seen = []
for k in d.keys():
    seen.append(k)
    if k == "k0":
        vals.clear()
print(sorted(seen) == sorted(seen), len(d), list(d.items()))
keep = V(10)
d.update({"a": keep}, b=keep)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop("a"), d.setdefault("b", None), d.setdefault("c", keep), len(d))
print(d.pop("zz", "default"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
c = d.copy()
print(type(c).__name__, sorted(c), len(d.valuerefs()))
del keep
gc.collect()
print(len(d), len(c), list(d.values()))
print(d.get("b"))
k = V(20)
d2 = weakref.WeakValueDictionary({"x": k})
print(d2.popitem(), len(d2))
d2["y"] = k
del d2["y"]
print(len(d2), "y" in d2)
