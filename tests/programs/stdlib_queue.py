import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full

q = Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.qsize())
q.put_nowait("x")
print(q.get(), q.get(), q.empty())

lq = LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(lq.qsize())])

pq = PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

bq = Queue(maxsize=2)
bq.put(1)
bq.put(2)
print(bq.full(), bq.qsize(), bq.maxsize)
for f in (lambda: bq.put(3, block=False), lambda: bq.put_nowait(3), lambda: bq.put(3, timeout=0.01)):
    try:
        f()
    except Full as e:
        print("Full", type(e).__name__, repr(e), isinstance(e, Exception))
empty = Queue()
for f in (lambda: empty.get(block=False), lambda: empty.get_nowait(), lambda: empty.get(timeout=0.01), lambda: LifoQueue().get_nowait(), lambda: PriorityQueue().get(False)):
    try:
        f()
    except Empty as e:
        print("Empty", type(e).__name__, repr(e))
try:
    empty.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)

tq = Queue()
tq.put("job1")
tq.put("job2")
print(tq.unfinished_tasks)
tq.get()
tq.task_done()
tq.get()
tq.task_done()
tq.join()
print(tq.unfinished_tasks)
try:
    tq.task_done()
except ValueError as e:
    print(type(e).__name__, e)

sq = SimpleQueue()
sq.put(1)
sq.put(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get_nowait()
except Empty:
    print("SimpleQueue empty")
print(queue.Queue[int], issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))


# BFS with a queue, as algorithm scripts do
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = {"a"}
order = []
work = Queue()
work.put("a")
while not work.empty():
    node = work.get()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            work.put(nxt)
print(order)
