# Recursive calls: the naive doubly-recursive Fibonacci, plus a mutually
# recursive pair, so the cost is almost entirely frame push/pop and int adds.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def main():
    total = 0
    for n in range(20, 33):
        total += fib(n)
    parity = 0
    for n in range(0, 400):
        if is_even(n):
            parity += n
    print("fib", fib(25), "sum", total, "parity", parity)


main()
