# yield from, including subgenerator return values
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3
    return 'outer result'
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain('ab', [1, 2], range(3), (x for x in 'z'))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def delegator(results):
    while True:
        r = yield from accumulate()
        results.append(r)
res = []
d = delegator(res)
next(d)
for v in [1, 2, 3, None, 10, 20, None]:
    d.send(v)
print(res)
def gen_tree(depth):
    if depth == 0:
        yield 'leaf'
        return 1
    left = yield from gen_tree(depth - 1)
    right = yield from gen_tree(depth - 1)
    return left + right
def count_leaves(depth):
    g = gen_tree(depth)
    leaves = []
    while True:
        try:
            leaves.append(next(g))
        except StopIteration as e:
            return len(leaves), e.value
print(count_leaves(3))
def yf_send():
    x = yield from echo()
    yield 'final ' + str(x)
def echo():
    received = []
    while len(received) < 2:
        v = yield len(received)
        received.append(v)
    return received
g = yf_send()
print(next(g), g.send('a'), g.send('b'))
