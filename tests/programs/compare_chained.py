# chained comparisons evaluate middle operand once
def v(x):
    print('v', x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, 'a' < 'b' < 'c', [1] < [2] < [3])
print(1 < 2 == 2 < 3, None is None is None)
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[1]])
a = b = [1]
print(a is b is a, a == b == [1], a is not [1])
