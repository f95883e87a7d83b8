# list comprehensions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([c.upper() for c in 'hello' if c != 'l'])
print([(i, c) for i, c in enumerate('abc')])
print([len(w) for w in 'the quick brown fox'.split()])
print([str(n) for n in [1, 2.5, None, True]])
print([f(3) for f in (abs, str, bool)])
x = 'outer'
print([x for x in 'ab'], x)
words = ['apple', 'Banana', 'cherry']
print([w for w in words if w[0].isupper()], [w[::-1] for w in words])
print([[]for _ in range(2)], [i for i in []])
nums = [3, -1, 4, -1, 5, -9]
print([n for n in nums if n > 0], [abs(n) for n in nums], sum([n for n in nums if n < 0]))
print([y for y in (lambda: [1, 2, 3])()])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([(k, v) for k, v in {'a': 1, 'b': 2}.items() if v > 1])
n = 4
print([i * n for i in range(n)])
class Scope:
    factor = 10
    values = [factor * 1, factor * 2]
print(Scope.values)
