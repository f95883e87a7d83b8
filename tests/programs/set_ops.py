# set operators; always print sorted
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 9])))
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7, 8}), a.isdisjoint(b))
print(a == {4, 3, 2, 1}, a != b, len(a | b), 3 in a, 9 not in a)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 5}
print(sorted(c))
print(sorted(set('mississippi')), len(set('mississippi')), sorted(set([3, 1, 3, 2, 1])))
print(set(), len(set()), type(set()).__name__, type({}).__name__)
print(sorted({1, 1.0, True}), len({1, 1.0, True}), sorted({0, False, 0.0}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(x for x in a if x % 2), sorted(a, reverse=True))
