# sorted and reversed
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('banana'), sorted((2, 1)), sorted({3: 'a', 1: 'b'}))
print(sorted(['b', 'C', 'a'], key=str.lower), sorted([-2, 1, -3], key=abs, reverse=True))
records = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(''.join(reversed('hello')), list(reversed([])))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(CustomRev())))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'done'))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[3, 'c'], [1, 'a'], [2, 'b']])[0], sorted(['10', '9', '100']), sorted(['10', '9', '100'], key=int))
