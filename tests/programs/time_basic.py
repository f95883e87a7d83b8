# time module used deterministically
import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
print(t1 >= t0, p1 > p0, p1 - p0 >= 0.005, type(t0).__name__, type(p0).__name__)
print(t0 > 1600000000)
total = 0
for i in range(1000):
    total += i
p2 = time.perf_counter()
print(p2 >= p1, total)
