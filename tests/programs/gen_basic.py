# generators with yield
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g), next(g, 'exhausted'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def steps():
    print('start')
    yield 'first'
    print('middle')
    yield 'second'
    print('end')
s = steps()
print('gen created')
for v in s:
    print('got', v)
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))), sum(evens([1, 2, 3, 4])))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs('abcde')))
def gen_with_return(n):
    for i in range(n):
        yield i
    return 'done'
print(list(gen_with_return(3)))
def empty():
    return
    yield
print(list(empty()))
gen = count_up(3)
print(iter(gen) is gen, type(gen).__name__)
def squares_until(limit):
    n = 1
    while n * n < limit:
        yield n * n
        n += 1
print(list(squares_until(50)))
def running_avg(values):
    total = 0
    for i, v in enumerate(values, 1):
        total += v
        yield total / i
print(list(running_avg([2, 4, 6, 8])))
