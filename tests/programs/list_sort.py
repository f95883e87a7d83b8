# sort / sorted with key, reverse, stability
data = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22), ('frank', 25)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
# stability: sort by secondary key first, then primary
s = sorted(data, key=lambda p: p[0])
s.sort(key=lambda p: p[1])
print(s)
nums = [5, -3, 2, -8, 7, 0, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
print(sorted('Hello World'), sorted(['b', 'A', 'a', 'B']), sorted(['b', 'A', 'a', 'B'], key=str.lower))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([3.5, 1, 2.25, -1]), sorted([]), sorted((3, 1, 2)), sorted('cba', reverse=True))
big = list(range(1000, 0, -7))
big.sort()
print(big[:5], big[-3:], len(big))
equal_keys = ['bb', 'a', 'cc', 'd', 'ee', 'f']
print(sorted(equal_keys, key=len), sorted(equal_keys, key=len, reverse=True))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
print(sorted(l), l)
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
