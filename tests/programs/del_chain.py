# Long chains of objects with __del__ or weak references are released without deep
# recursion, each finalizer once, in order.
import gc
import weakref

count = 0
order = []


class Link:
    def __init__(self, n, nxt):
        self.n = n
        self.next = nxt

    def __del__(self):
        global count
        count += 1
        if self.n % 20000 == 0:
            order.append(self.n)


head = None
for i in range(100000):
    head = Link(i, head)
del head
print(count, order[:3], order[-1])


class W:
    pass


objs = [W() for _ in range(50000)]
refs = [weakref.ref(o) for o in objs]
fired = []
cbs = [weakref.ref(o, fired.append) for o in objs[:1000]]
print(sum(1 for r in refs if r() is not None))
del objs
print(sum(1 for r in refs if r() is not None), len(fired))


# Finalizers that create and drop more finalizable objects.
class Spawner:
    made = 0

    def __init__(self, depth):
        self.depth = depth

    def __del__(self):
        Spawner.made += 1
        if self.depth:
            Spawner(self.depth - 1)


Spawner(500)
print(Spawner.made)

# Many cycles with finalizers, collected in one go.
class Cyc:
    dels = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Cyc.dels += 1


for _ in range(3000):
    Cyc()
gc.collect()
gc.collect()
print(Cyc.dels)
