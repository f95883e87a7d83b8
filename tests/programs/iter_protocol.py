# iter() and next()
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
s = iter('ab')
print(list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
r = iter(range(3))
print(list(r))
t = iter((1,))
print(next(t))
items = [10, 20, 30]
iterator = iter(items)
for x in iterator:
    print('loop', x)
    if x == 10:
        print('skipping', next(iterator))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(50)
print(list(f), list(f), sum(f))
z = zip(iter([1, 2, 3]), iter('ab'))
print(list(z), list(z))
m = map(str, [1, 2])
print(next(m), list(m))
e = enumerate('xy')
print(next(e), next(e), next(e, 'end'))
l = [1, 2, 3]
it2 = iter(l)
l.append(4)
print(list(it2))
