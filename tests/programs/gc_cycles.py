# Reference cycles through every kind of container are found by the cycle collector;
# objects still referenced from outside are kept, and their contents stay intact.
import gc

gc.disable()
print("enabled after disable:", gc.isenabled())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def method(self):
        return self.name


def cycle_of(kind):
    if kind == "instances":
        a, b = Node("a"), Node("b")
        a.other, b.other = b, a
    elif kind == "list":
        a = []
        a.append(a)
    elif kind == "list iterator":
        a = [1, 2]
        a.append(iter(a))
    elif kind == "map":
        a = [1]
        a.append(map(str, a))
    elif kind == "zip":
        a = [1]
        a.append(zip(a, a))
    elif kind == "enumerate":
        a = [1]
        a.append(enumerate(a))
    elif kind == "dict view":
        a = {}
        a["v"] = iter(a.values())
    elif kind == "bound method":
        a = Node("m")
        a.other = a.method
    elif kind == "closure":
        def outer():
            def inner():
                return inner
            return inner
        a = outer()
    elif kind == "tuple":
        a = ([],)
        a[0].append(a)
    elif kind == "class":
        class C:
            pass
        C.me = C
    elif kind == "set of tuples":
        a = []
        a.append({(1, frozenset([2]))})
        a.append(a)
    return None


kinds = ["instances", "list", "list iterator", "map", "zip", "enumerate", "dict view",
         "bound method", "closure", "tuple", "class", "set of tuples"]
gc.collect()
for kind in kinds:
    cycle_of(kind)
    print(f"{kind}: collected {gc.collect() > 0}")

# A live cycle survives collection whole.
keep = Node("kept")
keep.other = Node("partner")
keep.other.other = keep
nested = [keep, {"k": keep}]
nested.append(nested)
gc.collect()
gc.collect()
print(keep.other.other.name, nested[1]["k"].other.name, nested[2] is nested)

# Many short-lived cycles while the collector runs on its own.
gc.enable()
print("enabled:", gc.isenabled())
for i in range(30000):
    a = Node(i)
    a.other = a
    l = [a]
    l.append(l)
print("done", a.name, len(l))
print(gc.collect() >= 0)
print(type(gc.get_count()).__name__, len(gc.get_count()))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
