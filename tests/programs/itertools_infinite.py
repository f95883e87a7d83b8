from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), list(islice(count(3, -1), 4)))
print(list(islice(cycle('abc'), 8)), list(islice(cycle([1]), 3)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(None, 0)), list(islice(repeat(7), 4)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))
c = count(100)
print(next(c), next(c), next(c))
cy = cycle([1, 2])
print([next(cy) for _ in range(5)])
print(list(islice(range(20), 3, 12, 4)), list(islice('abcdef', 4)), list(islice('abc', 0)))
try:
    list(islice('abc', -1))
except ValueError as e:
    print(type(e).__name__, e)
