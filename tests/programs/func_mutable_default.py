# the mutable default argument gotcha
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
def counter(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(counter(), counter(), counter({}), counter())
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), len(memo_fib.__defaults__[0]))
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
b1 = Bag()
b2 = Bag()
b1.add('shared!')
print(b2.items, b1.items is b2.items)
