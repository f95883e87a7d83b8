# list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); l.insert(-1, 'near-end'); l.insert(100, 'end'); l.insert(-100, 'start'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
print(l.index(2), l.index(1, 2) if 1 in l[2:] else 'n/a', l.count(1), l.count('zz'))
l2 = [5, 2, 8, 1, 9]
l2.sort(); print(l2)
l2.sort(reverse=True); print(l2)
l2.reverse(); print(l2)
c = l2.copy(); c.append(100); print(l2, c, c is l2)
c.clear(); print(c, len(c))
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
print(l2.append(0), l2.sort(), l2.reverse(), l2)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ['x'].index('y')
except ValueError as e:
    print(type(e).__name__, e)
l3 = [1, 2]
l3 += [3]
l3 += (4, 5)
print(l3)
l3 *= 2
print(l3)
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}))
