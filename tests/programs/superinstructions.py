# Adjacent local/constant loads and stores that quickening fuses into one instruction:
# unbound locals in either half, jumps that land on the second half, unpacking into
# locals, and loops whose head is the second half of a pair.


def second_unbound(flag):
    if flag:
        b = 2
    a = 1
    return a + b


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def join(c):
    if c:
        y = 10
    else:
        y = 20
    return c, y


def unpack(pairs):
    total = 0
    for a, b in pairs:
        x, y = b, a
        total += x * 3 + y
    return total


def const_then_local(n):
    acc = 0
    i = 0
    while i < n:
        acc = 7 - i + acc
        i = 1 + i
    return acc


def deleted(n):
    k = n
    del k
    return k


def main():
    for flag in (True, False) * 30:
        for fn in (second_unbound, first_unbound):
            try:
                r = fn(flag)
            except UnboundLocalError as e:
                r = str(e)
        last = r
    print(last, second_unbound(True), first_unbound(True))
    print([join(i % 3) for i in range(6)] * 1, sum(join(i)[1] for i in range(100)))
    pairs = [(i, i * i) for i in range(50)]
    print(unpack(pairs), sum(unpack(pairs) for _ in range(20)))
    print(const_then_local(1000))
    for _ in range(40):
        try:
            deleted(3)
        except UnboundLocalError as e:
            msg = e
    print(msg)
    print(second_unbound(False))


main()
