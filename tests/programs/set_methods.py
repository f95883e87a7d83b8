# set mutation methods
s = {5}
s.add(7)
s.add(5)
print(sorted(s), len(s))
s.discard(5)
s.discard(100)
print(sorted(s))
s.remove(7)
print(s, len(s))
try:
    s.remove(7)
except KeyError as e:
    print(type(e).__name__, e)
s.add('only')
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.update([1, 2], (3,), 'ab')
print(sorted(s, key=str))
s.intersection_update({1, 2, 'a', 'zz'})
print(sorted(s, key=str))
s.difference_update({1})
print(sorted(s, key=str))
s.symmetric_difference_update({2, 9})
print(sorted(s, key=str))
c = s.copy()
c.clear()
print(c, sorted(s, key=str))
seen = set()
dups = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
t = {(1, 2), (2, 1), (1, 2)}
print(sorted(t), len(t))
