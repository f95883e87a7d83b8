# Generators that `for` loops resume inside the interpreter loop (ForIterGen): yields,
# exhaustion, exceptions escaping a generator, StopIteration inside one (PEP 479),
# finally blocks, yield from, re-entry, and generators shared between a loop and next().


def count(n):
    for i in range(n):
        yield i
    return "done"


def squares(src):
    for x in src:
        yield x * x


def failing(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


def stops():
    yield 1
    raise StopIteration("inside")


def with_finally(log, n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally %d" % n)


def delegate(n):
    yield "start"
    result = yield from count(n)
    yield result


def flatten(tree):
    for item in tree:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def walk(tree):
    # Recursion through nested for loops over generators (no yield from).
    for item in tree:
        if isinstance(item, list):
            for x in walk(item):
                yield x
        else:
            yield item


def reentrant():
    for x in gen_holder[0]:
        yield x
    yield "never"


def calls_inside(n):
    def helper(k):
        return k + 100

    for i in range(n):
        yield helper(i)


def main():
    total = 0
    for _ in range(30):
        for v in squares(count(50)):
            total += v
    print("squares", total)

    caught = 0
    for rnd in range(30):
        got = []
        try:
            for v in failing(10):
                got.append(v)
        except KeyError as e:
            caught += 1
            last = (got, e)
    print("failing", caught, last)

    for rnd in range(25):
        try:
            for v in stops():
                pass
        except RuntimeError as e:
            err = e
    print("pep479", type(err).__name__, err, repr(err.__cause__))

    log = []
    for n in range(25):
        for v in with_finally(log, n % 4):
            pass
    print("finally", len(log), log[:5])

    log = []
    g = with_finally(log, 10)
    for v in g:
        if v == 4:
            break
    print("broke at", v, log)
    print("then next", next(g), next(g))
    g.close()
    print("closed", log)

    for rnd in range(25):
        out = [x for x in delegate(3)]
    print("delegate", out)

    tree = [1, [2, [3, [4, [5, [6]]]], 7], [[8], 9], 10]
    for rnd in range(25):
        a = list(flatten(tree))
        b = []
        for x in walk(tree):
            b.append(x)
    print("flatten", a, b == a)

    deep = [0]
    for i in range(1, 200):
        deep = [i, deep]
    n = 0
    for x in walk(deep):
        n += x
    print("deep walk", n)

    global gen_holder
    gen_holder = [None]
    for rnd in range(25):
        gen_holder[0] = reentrant()
        try:
            for x in gen_holder[0]:
                pass
        except ValueError as e:
            msg = e
    print("reentrant", msg)

    for rnd in range(25):
        s = 0
        for v in calls_inside(20):
            s += v
    print("calls", s)

    g = count(8)
    firsts = []
    for v in g:
        firsts.append(v)
        if v == 2:
            break
    rest = list(g)
    print("shared", firsts, rest, list(g))

    def bad_tail():
        for v in count(5):
            yield v
        yield 1 / 0

    for rnd in range(25):
        try:
            for v in bad_tail():
                pass
        except ZeroDivisionError as e:
            z = e
    print("tail", z)
    for v in failing(10):
        print("last loop", v)


main()
