# generator expressions
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ['a', 'abc', 'ab']), min(x % 7 for x in range(10, 20)))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, 2, -1]))
g = (c for c in 'abc')
print(type(g).__name__, next(g), list(g), list(g))
print(list(x for x in range(5) if x % 2), tuple(x * 2 for x in range(3)), sorted(-x for x in range(3)))
print(''.join(str(d) for d in range(10)), dict((k, len(k)) for k in ['aa', 'b']))
print(sum(1 for _ in range(1000)), sum(i for i in range(100001)))
squares = (n * n for n in range(1, 4))
print(list(zip(squares, 'xyz')))
def noisy(n):
    for i in range(n):
        print('producing', i)
        yield i
lazy = (v * 10 for v in noisy(3))
print('created')
print(next(lazy))
print(list(lazy))
print(sum(x for x in []), max((x for x in []), default='empty'))
nested = sum(a * b for a in range(4) for b in range(4) if a < b)
print(nested)
