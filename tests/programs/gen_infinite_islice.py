# infinite generators consumed with islice
from itertools import islice, count
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 10)))
print(list(islice(naturals(), 5, 15, 3)))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(islice(primes(), 20)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)))
squares = (n * n for n in count(1))
small = []
for v in squares:
    if v >= 100:
        break
    small.append(v)
print(small, next(squares))
print(list(islice((v for v in naturals() if v >= 5), 4)))
def cycle_colors():
    while True:
        yield from ('red', 'green', 'blue')
print(list(islice(cycle_colors(), 7)))
g = naturals()
print(list(islice(g, 3)), list(islice(g, 3)), next(g))
print(list(islice('abcdefg', 2, None)), list(islice(range(100), 0, 50, 10)))
