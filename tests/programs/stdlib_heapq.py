import heapq
import random

rng = random.Random(7)
data = [rng.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:10])

h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 50), h[:8])
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 1000), h[:8])
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
print(heapq.nsmallest(3, data, key=lambda v: -v), heapq.nlargest(3, ["bb", "a", "ccc"], key=len))
print(heapq.nsmallest(0, data), heapq.nlargest(100, [3, 1, 2]), heapq.nsmallest(1, []), heapq.nlargest(1, [4, 9]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 3], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
# stability: equal keys keep the order of the input iterables
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))

tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
while tasks:
    print(heapq.heappop(tasks))

for f, args in [
    (heapq.heappop, ([],)),
    (heapq.heapreplace, ([], 1)),
    (heapq.heappush, ((), 1)),
    (heapq.heapify, (None,)),
    (heapq.heappush, ([1], "a")),
]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

# many random pushes and pops against sorted()
for trial in range(30):
    n = rng.randrange(0, 60)
    vals = [rng.randrange(20) for _ in range(n)]
    hp = []
    for v in vals:
        heapq.heappush(hp, v)
    popped = [heapq.heappop(hp) for _ in range(n)]
    hp2 = list(vals)
    heapq.heapify(hp2)
    print(popped == sorted(vals), hp2 == sorted(hp2) or hp2[:3], [heapq.heappop(hp2) for _ in range(min(3, n))])
