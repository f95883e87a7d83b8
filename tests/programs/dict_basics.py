# dict basics: insertion order, access, del, iteration
d = {'one': 1, 'two': 2}
d['three'] = 3
d['one'] = 100
print(d, len(d), d['two'], 'two' in d, 2 in d, 'zz' not in d)
del d['two']
print(d)
d['two'] = 2
print(d, list(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
e = dict(a=1, b=2)
f = dict([('x', 1), ('y', 2)])
g = dict(zip('abc', range(3)))
h = dict(e, c=3)
print(e, f, g, h, dict(), {})
print({1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple key', None: 'none', frozenset(): 'fs', 3.5: 'f'}[(1, 2)])
print(d == {'three': 3, 'one': 100, 'two': 2}, {1: 2} != {1: 3})
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        d['new' + k] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
nested = {'a': {'b': {'c': 42}}}
print(nested['a']['b']['c'], nested)
count = {}
for ch in 'mississippi':
    count[ch] = count.get(ch, 0) + 1
print(count)
