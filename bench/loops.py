# Nested integer loops: arithmetic, comparisons and list indexing inside
# tight `for`/`while` loops, with no calls in the hot path.


def triple_loop(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            for k in range(8):
                acc = (acc + i * j - k) & 0xFFFFFFF
    return acc


def while_loop(n):
    i = 0
    x = 1
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        if x & 1:
            x ^= i
        i += 1
    return x


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def main():
    a = triple_loop(300)
    b = while_loop(1_500_000)
    c = sieve(1_500_000)
    print("loops", a, b, c)


main()
