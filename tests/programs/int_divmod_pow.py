# divmod / pow / abs / errors
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(10**20, 7))
print(divmod(7.0, 2), divmod(-7, 2.0))
print(abs(-5), abs(5), abs(-2**100), abs(0), abs(-0.0), abs(-3.5))
print(pow(2, 10), pow(2.0, 3), pow(4, 0.5), pow(-8, 2))
print(2 ** 0.5)
def attempt(name, f):
    try:
        print(name, f())
    except ZeroDivisionError as e:
        print(name, type(e).__name__, e)
attempt('1//0', lambda: 1 // 0)
attempt('1%0', lambda: 1 % 0)
attempt('divmod', lambda: divmod(1, 0))
attempt('1/0', lambda: 1 / 0)
attempt('1.0/0', lambda: 1.0 / 0)
attempt('1.0//0.0', lambda: 1.0 // 0.0)
attempt('1.0%0.0', lambda: 1.0 % 0.0)
attempt('0**-1', lambda: 0 ** -1)
attempt('0.0**-1', lambda: 0.0 ** -1)
attempt('big/0', lambda: 10**30 // 0)
