from functools import cmp_to_key
def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(sorted(words, key=cmp_to_key(compare)))
print(sorted(words, key=cmp_to_key(compare), reverse=True))
def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return ''.join(strs)
print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
def by_second_desc(x, y):
    return y[1] - x[1]
print(sorted([(1, 5), (2, 9), (3, 1)], key=cmp_to_key(by_second_desc)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), max([4, 9, 1], key=K))
