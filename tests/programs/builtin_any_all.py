# any and all
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any([0, 1]), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), all(c.isalpha() for c in 'abc1'))
def noisy(v):
    print('check', v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any('abc'), all(''), any({0: 'a'}), all({1: 0}), any(iter([0.0, -0.0])))
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(all(row) for row in grid))
