# Generator pipelines: chained generator functions, generator expressions,
# `yield from` delegation, send(), and itertools consumers. Most of the time
# goes into suspending and resuming generator frames.

import itertools


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scale(source, k):
    for x in source:
        yield x * k


def keep(source, pred):
    for x in source:
        if pred(x):
            yield x


def window(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_mean():
    # A coroutine: send values in, get the running mean back.
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def pipeline(n):
    stage = keep(scale(numbers(n), 3), lambda x: x % 2 == 0)
    acc = 0
    for w in window(stage, 3):
        acc = (acc + w[0] * 7 + w[1] * 3 + w[2]) % 1000003
    return acc


def nested_list(depth, width):
    if depth == 0:
        return list(range(width))
    return [nested_list(depth - 1, width) for _ in range(width)] + [depth]


def main():
    a = pipeline(1_000_000)
    tree = nested_list(5, 6)
    b = sum(flatten(tree))
    c = 0
    for _ in range(16):
        c += sum(x for x in flatten(tree) if x % 3 == 1)
    co = running_mean()
    next(co)
    m = 0
    for x in range(500_000):
        m = co.send(x * x % 977)
    d = sum(itertools.islice((x * x for x in itertools.count() if x & 1), 300_000))
    e = sum(1 for _ in itertools.chain(numbers(30_000), numbers(20_000)))
    print("generators", a, b, c, m, d, e)


main()
