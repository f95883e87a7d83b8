from itertools import groupby
data = 'aaabbcaaad'
print([(k, len(list(g))) for k, g in groupby(data)])
print([k for k, _ in groupby(data)], [''.join(g) for _, g in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2 == 0)])
print(list(groupby([])))
def rle(s):
    return ''.join(f'{len(list(g))}{k}' for k, g in groupby(s))
print(rle('WWWWBBBWWCCCCCCD'))
it = groupby('aabb')
k1, g1 = next(it)
k2, g2 = next(it)
print(k1, list(g1), k2, list(g2))
