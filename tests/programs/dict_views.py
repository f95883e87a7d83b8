# dict views are live and support set operations
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(k), list(v), list(it))
del d['a']
print(list(k), 'a' in k, 'b' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(sorted(k & {'b', 'x'}), sorted(k | {'z'}), sorted(k - {'c'}), sorted(k ^ {'b', 'q'}))
print(sorted(it & {('b', 2), ('c', 0)}))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(k == {'b', 'c', 'd'}, k.isdisjoint({'x'}))
print(max(d, key=d.get), min(d.values()), sum(d.values()))
inv = {val: key for key, val in d.items()}
print(inv)
print(list(zip(d.keys(), d.values())))
