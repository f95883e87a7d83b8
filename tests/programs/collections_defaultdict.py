from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bat', 'avocado', 'cat', 'banana']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()))
print(counts['missing'], 'missing' in counts)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['x'] += 1
nested['a']['y'] += 2
nested['b']['x'] += 3
print({k: dict(v) for k, v in nested.items()})
s = defaultdict(set)
s['k'].add(1)
s['k'].add(1)
print(sorted(s['k']), s.default_factory)
nf = defaultdict()
try:
    nf['x']
except KeyError as e:
    print(type(e).__name__, e)
print(counts.get('nope'), 'nope' in counts)
dd = defaultdict(list, {'pre': [1]})
dd['pre'].append(2)
print(dd, isinstance(dd, dict))
