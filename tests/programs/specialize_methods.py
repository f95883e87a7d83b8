# Method calls at one site on built-in and user receivers: list.append hot, then a list
# subclass overriding append, a deque, a user class; str methods at a hot site, then
# other types answering the same method name.
from collections import deque


def add(seq, v):
    seq.append(v)
    return seq


class LoudList(list):
    def append(self, v):
        print("  LoudList.append", v)
        super().append(v * 2)


class Bag:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(-v)


xs = []
for i in range(100):
    add(xs, i)
print("list", len(xs), sum(xs))
loud = LoudList([1])
for i in range(3):
    add(loud, i)
print("loud", loud)
d = deque()
for i in range(5):
    add(d, i)
print("deque", list(d))
b = Bag()
for i in range(4):
    add(b, i)
print("bag", b.items)
for i in range(100):
    add(xs, i)
print("list again", len(xs), sum(xs))
try:
    add((1, 2), 3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    xs.append()
except TypeError as e:
    print("TypeError:", e)


def up(s):
    return s.upper()


class Shout:
    def upper(self):
        return "SHOUT"


out = []
for w in ["ab", "cd"] * 40:
    out.append(up(w))
print(out[:3], len(out))
print(up(Shout()), up(b"bytes"))
for w in ["ef"] * 60:
    out.append(up(w))
print(out[-1], len(out))
