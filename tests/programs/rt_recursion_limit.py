# RecursionError is catchable and setrecursionlimit changes the reachable depth
import sys
def depth_reached():
    n = 0
    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError as e:
        return n, str(e)
    return n, None
print(sys.getrecursionlimit())
d1, msg = depth_reached()
print(msg)
print(900 < d1 <= 1000)
sys.setrecursionlimit(200)
d2, msg2 = depth_reached()
print(msg2, 100 < d2 <= 200)
sys.setrecursionlimit(3000)
d3, _ = depth_reached()
print(2500 < d3 <= 3000, d3 > d1 > d2)
sys.setrecursionlimit(1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print(type(e).__name__, e)
print(deep(500), 'recovered after RecursionError')
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for i in range(800):
    head = Node(head)
print(head.length())
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual recursion:', e)
