# Threads switch while running Python code: a busy loop sees a flag another thread sets,
# and a long computation in one thread does not keep the others from running.
import threading

flag = False


def set_flag_after_work():
    global flag
    total = 0
    for i in range(200000):
        total += i
    flag = True
    return total


t = threading.Thread(target=set_flag_after_work)
t.start()
spins = 0
while not flag:
    spins += 1
t.join()
print("flag seen")

# Two threads counting without locks each finish their own work.
counts = [0, 0]


def count(slot):
    for _ in range(100000):
        counts[slot] += 1


ts = [threading.Thread(target=count, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts)

# A thread can wait on a lock held by a thread that is still computing.
lock = threading.Lock()
started = threading.Event()
order = []


def holder():
    with lock:
        started.set()
        s = 0
        for i in range(100000):
            s += i
        order.append("holder done")


t = threading.Thread(target=holder)
t.start()
started.wait()
with lock:
    order.append("main got the lock")
t.join()
print(order)

# The switch interval (CPython keeps whole microseconds).
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.0001)
print(sys.getswitchinterval())
for bad in (0, -1.0, "x"):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = threading.Thread(target=set_flag_after_work)
flag = False
t.start()
while not flag:
    pass
t.join()
print("flag seen with a short interval")
