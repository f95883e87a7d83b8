# Locks, reentrant locks, semaphores, conditions, events, barriers, timers.
import threading
import time

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            v = counter
            counter = v + 1


ts = [threading.Thread(target=add, args=(5000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

# Lock API and its errors.
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
for bad in (lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-2)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(l).__name__, repr(l).split(" object")[0])

# A lock released by another thread wakes the waiter.
handoff = threading.Lock()
handoff.acquire()
steps = []


def releaser():
    steps.append("releasing")
    handoff.release()


t = threading.Thread(target=releaser)
t.start()
print(handoff.acquire(timeout=5), steps)
t.join()

# RLock
r = threading.RLock()
with r:
    with r:
        print("reentered", repr(r).split(" object")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
r.acquire()
other = []
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=0.01)))
t.start()
t.join()
print("other thread got it:", other)
r.release()

# Semaphores
sem = threading.Semaphore(2)
inside = []
peak = []


def limited(i):
    with sem:
        inside.append(i)
        peak.append(len(inside))
        time.sleep(0.005)
        inside.remove(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("most inside at once:", max(peak))
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
bs = threading.BoundedSemaphore(1)
for bad in (lambda: bs.release(), lambda: threading.Semaphore(-1), lambda: sem.release(0),
            lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

# Condition: a consumer waits for items a producer adds.
cond = threading.Condition()
items = []
taken = []


def take(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: items)
            taken.append(items.pop(0))


t = threading.Thread(target=take, args=(3,))
t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
t.join()
print("taken", taken)
with cond:
    print("wait timed out:", cond.wait(0.01), cond.wait_for(lambda: False, 0.01))
for bad in (lambda: cond.wait(), lambda: cond.notify()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)

# notify_all wakes every waiter; notify(n) only n.
c2 = threading.Condition(threading.Lock())
woke = []
go = False


def waiter(i):
    with c2:
        while not go:
            c2.wait()
        woke.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with c2:
    go = True
    c2.notify_all()
for w in ws:
    w.join()
print("woke", sorted(woke))

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []
t = threading.Thread(target=lambda: seen.append(ev.wait(5)))
t.start()
ev.set()
t.join()
print(seen, ev.is_set())
ev.clear()
print(ev.is_set())

# Barrier: every party passes together; the action runs once per round.
rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append("round"))
log = []


def party(i):
    for r in range(2):
        log.append(("in", r))
        idx = barrier.wait()
        log.append(("out", r))


ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(rounds, log[:3], log.index(("out", 0)) >= 3)
print(barrier.parties, barrier.n_waiting, barrier.broken)

# A barrier that times out or is aborted is broken for everyone.
b2 = threading.Barrier(2, timeout=0.01)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b2.broken)
b2.reset()
print("reset", b2.broken)
b3 = threading.Barrier(2)
errs = []


def aborted():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")


t = threading.Thread(target=aborted)
t.start()
time.sleep(0.01)
b3.abort()
t.join()
print(errs, issubclass(threading.BrokenBarrierError, RuntimeError))

# Timer: cancelled before it fires, or fired after its interval.
fired = []
tm = threading.Timer(5, fired.append, args=["no"])
tm.start()
tm.cancel()
tm.join()
tm2 = threading.Timer(0.01, fired.append, kwargs={"object": "yes"})
tm2.start()
tm2.join()
print(fired, tm.finished.is_set())

# time.sleep lets other threads run.
ticks = []


def ticker():
    for i in range(3):
        ticks.append(i)
        time.sleep(0.001)


t = threading.Thread(target=ticker)
t.start()
t.join()
print(ticks)
