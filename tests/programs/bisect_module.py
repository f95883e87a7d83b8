# The bisect module: searches and insertions on lists, other sequences, with lo/hi bounds,
# keys, duplicates, and the errors CPython gives for bad arguments.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 2, 2, 5, 8, 13]
for x in (0, 1, 2, 3, 5, 13, 14):
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_right(a, 2, 2), bisect_left(a, 2, 2, 3), bisect_right(a, 100, hi=3))
print(bisect_left(a, 2, lo=0, hi=None), bisect_right(a, 5, 0, -1))

b = []
for v in (5, 1, 4, 1, 5, 9, 2, 6, 5, 3):
    insort(b, v)
print(b)
c = []
for v in (3.5, 1, 2.5, 1.0, True):
    insort_left(c, v)
print(c)
insort_right(c, 2, 1, 3)
print(c)

words = ["apple", "Banana", "cherry", "date"]
print(bisect_left(words, "c", key=str.lower), bisect_right(words, "banana", key=str.lower))
recs = [(1, "a"), (3, "b"), (5, "c")]
insort(recs, (4, "x"), key=lambda r: r[0])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[0]))

# Other sequences: a tuple, a range, and a user sequence with insert.
print(bisect_left((1, 3, 5, 7), 6), bisect_right(range(0, 100, 10), 35))


class Seq:
    def __init__(self):
        self.items = []
        self.calls = 0

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        self.calls += 1
        return self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


s = Seq()
for v in (9, 3, 7, 1):
    insort(s, v)
print(s.items, s.calls > 0)


class Rev:
    # Ordered by reversed comparison: only __lt__ is used.
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return "Rev(%d)" % self.v


r = [Rev(9), Rev(7), Rev(3)]
insort(r, Rev(5))
print(r)

for bad in [
    lambda: bisect_left(a, 1, -1),
    lambda: bisect_right(a, 1, "x"),
    lambda: bisect_right(a),
    lambda: bisect_right(a, 1, 0, 3, 4),
    lambda: bisect_right(a, 1, foo=2),
    lambda: bisect_right(5, 1),
    lambda: bisect_right([1, "a"], 2),
    lambda: insort(None, 1),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
