# operator precedence and associativity
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 + 3 % 4)
print(7 // 2 * 2, -7 // 2, -(7 // 2), not 1 == 2, not (1 == 2), (not 1) == 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 1 << 2 + 1, (1 << 2) + 1, ~1 + 1, -~5, ~-5)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 < 2 == 2, 1 < (2 == 2), 3 & 1 == 1, (3 & 1) == 1)
print('a' + 'b' * 2, ('a' + 'b') * 2, [1] + [2] * 2)
x = 5
print(x if x > 3 else -x + 1, (x if x < 3 else -x) + 1)
print(2 * -3, 2 ** -2 * 4, - - 3, + - 3, not not 0)
print(1 + 2 < 4, 5 & 3 | 8, 6 - 2 - 1 == 3, 2 ** 2 ** 0)
f = lambda a: a + 1 if a else 0
print(f(1), f(0))
print(0 or 1 and 2, (0 or 1) and 2, 0 and 1 or 2)
print(10 % 3 ** 2, (10 % 3) ** 2, -3 % 5, -(3 % 5))
