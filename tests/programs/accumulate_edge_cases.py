# itertools.accumulate (implemented in Rust), beyond itertools_accumulate.py: int sums
# past 2**63, floats, a user __add__, laziness over an infinite source, partial
# consumption, an iterable that fails midway, and bad arguments.
import itertools
from itertools import accumulate, count, islice

print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate([7])))
print(list(accumulate([0.5, 0.25, 0.125])), list(accumulate(range(5))))
print(list(accumulate(["a", "b", "c"])), list(accumulate([[1], [2], [3]])))
print(list(accumulate([2 ** 62, 2 ** 62, 2 ** 62])))
print(list(accumulate([1, 2.5, 3])), list(accumulate((1, 2, 3), lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate([1, 2, 3], func=lambda a, b: a * 10 + b, initial=None)))
print(list(islice(accumulate(count(1)), 6)))
it = accumulate(iter([1, 2, 3]))
print(next(it), next(it), list(it), list(it))
print(type(accumulate([])).__name__, itertools.accumulate is accumulate)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __repr__(self):
        return "Money(%d)" % self.cents


print(list(accumulate([Money(5), Money(10), Money(1)])))


def gen():
    yield 1
    yield 2
    raise ValueError("source failed")


it = accumulate(gen())
print(next(it), next(it))
for bad in [
    lambda: list(it),
    lambda: accumulate(5),
    lambda: list(accumulate([1, "a"])),
    lambda: accumulate(),
    lambda: accumulate([1], None, None),
    lambda: accumulate([1], foo=1),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
