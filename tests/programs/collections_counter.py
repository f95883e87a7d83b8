from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), c.most_common())
print(sorted(c.elements()), sum(c.values()), c.total())
words = Counter('the cat and the hat and the bat'.split())
print(words.most_common(3))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=1)
print(a + b, a - b, b - a, a & b, a | b)
a.update('aab')
print(a)
a.subtract({'a': 10})
print(a, +a, -a)
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter('bca')))
c2 = Counter()
for x in [3, 1, 3, 3, 2, 1]:
    c2[x] += 1
print(c2, c2.most_common(1)[0])
del c2[3]
print(c2, len(c2))
print(Counter({'x': 0, 'y': -1, 'z': 2}).most_common())
