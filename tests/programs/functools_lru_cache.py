from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
calls = []
@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 1, 2]:
    square(v)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info())
@lru_cache
def add(a, b=0):
    calls.append((a, b))
    return a + b
calls.clear()
print(add(1, 2), add(1, 2), add(1, b=2), add(1), add(1, 0), calls)
print(add.cache_info().hits, add.cache_info().misses)
@lru_cache(maxsize=128)
def path_count(r, c):
    if r == 0 or c == 0:
        return 1
    return path_count(r - 1, c) + path_count(r, c - 1)
print(path_count(16, 16), path_count.cache_info().currsize)
print(fib.__name__, type(fib.cache_info()).__name__)
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)
