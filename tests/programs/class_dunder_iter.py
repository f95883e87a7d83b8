# __iter__ / __next__
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
cd = Countdown(3)
print(next(cd), next(cd), next(cd), next(cd, 'done'))
for x in cd:
    print('never', x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
r = Range2(7)
print(list(r), list(r), sum(r), max(r), 4 in r, sorted(r, reverse=True))
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), [v * 10 for v in t])
it = iter(t)
print(next(it), next(it), iter(it) is it)
a, b, *rest = Countdown(5)
print(a, b, rest)
print(dict(zip(Countdown(3), 'abc')), list(enumerate(Range2(5))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
