# sum, abs, round, divmod, pow
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(10), start=5), sum([0.1, 0.2]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]))
print(abs(-7), abs(7.5), abs(-0), abs(-2**70), abs(True), abs(-1e-300))
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(3.14159, 2), round(1234, -2), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2**65, 3))
print(pow(2, 8), pow(2, -1), pow(3, 4, 5), pow(-2, 3), pow(2.5, 2), pow(0, 0))
print(pow(base=2, exp=5), pow(2, 5, mod=7))
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __abs__(self):
        return Money(abs(self.c))
    def __round__(self, n=None):
        return 'rounded ' + str(n)
print(sum([Money(1), Money(2)]).c, abs(Money(-5)).c, round(Money(1)), round(Money(1), 2))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
