# Producer/consumer hand-offs through queue.Queue between threads.
import queue
import threading

q = queue.Queue(maxsize=2)
results = []
results_lock = threading.Lock()


def producer(start, n):
    for i in range(start, start + n):
        q.put(i)


def consumer():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with results_lock:
                results.append(item * 10)
        finally:
            q.task_done()


producers = [threading.Thread(target=producer, args=(k * 100, 25)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(4)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all tasks done:", q.unfinished_tasks, q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(results), sorted(results)[:5], sorted(results)[-3:])
print(sum(results) == 10 * sum(range(0, 25)) + 10 * sum(range(100, 125)) + 10 * sum(range(200, 225)))

# A bounded queue makes the producer wait for the consumer: the order is kept.
order = []
bq = queue.Queue(1)


def slow_consumer():
    for _ in range(5):
        order.append(("got", bq.get()))


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(5):
    bq.put(i)
t.join()
print([x for _, x in order])

# get with a timeout that another thread satisfies, and one that runs out.
tq = queue.Queue()
threading.Timer(0.01, tq.put, args=("late item",)).start()
print(tq.get(timeout=5))
try:
    tq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
fq = queue.Queue(1)
fq.put(1)
try:
    fq.put(2, timeout=0.01)
except queue.Full:
    print("Full after timeout")

# LifoQueue, PriorityQueue and SimpleQueue across threads.
for cls in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    cq = cls()
    got = []
    t = threading.Thread(target=lambda: got.extend(cq.get() for _ in range(3)))
    t.start()
    for v in (3, 1, 2):
        cq.put(v)
    t.join()
    print(cls.__name__, sorted(got))
