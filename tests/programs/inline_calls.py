# Python-to-Python calls that the specialized call forms run in the caller's interpreter
# loop: results, exceptions unwinding through several such frames, __init__ results,
# bound methods, recursion limits, and generators that call functions.
import sys


def leaf(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2


def middle(x):
    return leaf(x) + 1


def outer(x):
    try:
        return middle(x)
    except ValueError as e:
        return str(e)


def through_finally(x, log):
    try:
        return middle(x)
    finally:
        log.append(x)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Bad:
    def __init__(self, v):
        self.v = v
        if v > 45:
            return v


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def gen_calls(n):
    for i in range(n):
        yield middle(i)


def main():
    total = 0
    for i in range(100):
        r = outer(i if i % 7 else -i)
        total += r if isinstance(r, int) else len(r)
    print("outer", total)

    log = []
    for i in range(60):
        try:
            through_finally(i - 50, log)
        except ValueError:
            total -= 1
    print("finally", len(log), log[:3], total)

    pts = [Point(i, -i) for i in range(100)]
    print("points", sum(p.norm1() for p in pts))

    made = 0
    for v in range(50):
        try:
            Bad(v)
            made += 1
        except TypeError as e:
            print("Bad", v, e)
    print("made", made)

    c = Counter()
    bump = c.bump
    for i in range(100):
        bump(i)
    print("bound", c.n)

    print("depth", depth(500))
    try:
        depth(100000)
    except RecursionError:
        print("RecursionError caught")
    print("after", depth(300))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(20000)
    print("deep", depth(15000))
    sys.setrecursionlimit(old)

    print("gen", sum(gen_calls(100)))
    g = gen_calls(5)
    print(next(g), next(g), list(g))

    def inner_raises(k):
        return leaf(-k)

    caught = 0
    for k in range(1, 80):
        try:
            inner_raises(k)
        except ValueError as e:
            caught += 1
            last = e
    print("caught", caught, last)
    print(middle(-3))


main()
