# enumerate and zip
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
for i, (a, b) in enumerate(zip('xy', 'XY'), start=10):
    print(i, a, b)
print(list(zip([1, 2, 3], 'abcd')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
names = ['ann', 'bob']
ages = [31, 25]
print(dict(zip(names, ages)))
pairs = list(zip(names, ages))
unzipped = list(zip(*pairs))
print(pairs, unzipped)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
e = enumerate([])
print(list(e))
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
print(list(zip(range(3), range(10, 13), range(20, 30))))
