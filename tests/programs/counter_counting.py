# Counter's counting loop (collections._count_elements, in Rust): plain dicts, Counter,
# subclasses that override get or __setitem__, non-int counts, unhashable items, and
# iterables that fail midway.
from collections import Counter
from _collections import _count_elements

c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2))
c.update(["a", "z", "z"])
c.update("")
print(c["a"], c["z"], c["missing"], len(c))

d = {}
_count_elements(d, [3, 1, 3, 3, 2, 1])
print(d)
d = {"x": 2.5, "y": [0]}
_count_elements(d, ["x", "x"])
print(d)


class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


Loud("aab")


class Tens(dict):
    def get(self, key, default=None):
        return dict.get(self, key, 10)


t = Tens()
_count_elements(t, "aba")
print(t)


class Mapping:
    def __init__(self):
        self.data = {}

    def get(self, key, default):
        return self.data.get(key, default)

    def __setitem__(self, key, value):
        self.data[key] = value


m = Mapping()
_count_elements(m, (1, 2, 2))
print(m.data)

big = Counter({"k": 2 ** 63 - 1})
big.update(["k", "k"])
print(big["k"])


def failing():
    yield "a"
    yield "b"
    raise ValueError("iterable failed")


c = Counter()
for bad in [lambda: c.update(failing()), lambda: c.update([[1]]), lambda: _count_elements(c),
            lambda: _count_elements(5, "a"), lambda: _count_elements({}, 5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(c.items()))
