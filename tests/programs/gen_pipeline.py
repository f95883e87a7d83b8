# chained generator pipelines (lazy evaluation order)
def source(n):
    for i in range(n):
        print('source yields', i)
        yield i
def square(it):
    for x in it:
        print('square got', x)
        yield x * x
def only_even(it):
    for x in it:
        if x % 2 == 0:
            yield x
pipeline = only_even(square(source(5)))
print('pipeline built')
for v in pipeline:
    print('consumer got', v)
log_lines = ['INFO start', 'ERROR disk', 'INFO run', 'ERROR net', 'WARN cpu']
errors = (l.split(' ', 1)[1] for l in log_lines if l.startswith('ERROR'))
upper = (e.upper() for e in errors)
print(list(upper))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * 3 for x in naturals() if x % 2))))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
print(sum(w[0] * w[1] for w in window(range(10), 2)))
