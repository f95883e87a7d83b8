# list comparison, repetition, concatenation
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9])
print([] < [0], [[1]] < [[2]], ['a'] < ['b'], [1, 2] <= [1, 2], [2] >= [1, 5])
print([1, 2] * 3, 3 * [0], [1] * 0, [1] * -2, [] * 5)
print([1, 2] + [3], [] + [], [[1]] + [[2]])
print([1, 2] == (1, 2), [1.0] == [1], [True] == [1], [float('nan')] == [float('nan')])
x = float('nan')
print([x] == [x])
print(len([None] * 1000), max([[1, 2], [1, 3], [0, 9]]), min([[1], [0, 5]]))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] in [[1, 2], [3]], 3 in [1, 2], [] in [[]])
