# frozenset: immutable and hashable
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, sorted(f & {1, 5}))
print(f == {1, 2, 3}, frozenset() == set(), frozenset(), len(frozenset('aab')))
d = {frozenset({1, 2}): 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), sorted(sorted(x) for x in nested))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(f.issubset({1, 2, 3, 4}), f.isdisjoint([7]), sorted(f.union([0])), sorted(f.difference([1])))
print(sorted(frozenset('hello')))
