# building and dropping many reference cycles
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
def make_pair(i):
    a = Node(i)
    b = Node(-i)
    a.other = b
    b.other = a
    return a.v - b.v + (b.other is a) + (a.other.other is a)
total = 0
for i in range(200000):
    total += make_pair(i)
print(total)
lists_total = 0
for i in range(50000):
    l = [i]
    l.append(l)
    d = {'self': None}
    d['self'] = d
    lists_total += len(l) + len(d)
print(lists_total)
ring = [Node(i) for i in range(1000)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % len(ring)]
n = ring[0]
steps = 0
while True:
    n = n.other
    steps += 1
    if n is ring[0]:
        break
print(steps)
del ring, n
class Parent:
    def __init__(self):
        self.children = []
class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)
kept = 0
for i in range(20000):
    p = Parent()
    for _ in range(3):
        Child(p)
    kept += len(p.children)
print(kept)
