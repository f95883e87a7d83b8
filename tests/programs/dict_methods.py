# dict methods
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
print(d.setdefault('a', 99), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({'x': 10, 'a': -1})
d.update(y=20)
d.update([('z', 30)])
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d)
print(dict.fromkeys('abc'), dict.fromkeys(['k1', 'k2'], 0), dict.fromkeys([]))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
print(list(d.keys()), list(d.values()), list(d.items()))
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({'k': 1}.items(), {'k': 1}.keys(), {'k': 1}.values())
