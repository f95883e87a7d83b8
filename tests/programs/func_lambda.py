# lambdas
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 3 == 0, range(10))))
print(square.__name__, type(square).__name__)
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (x, x))(5))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
pairs.sort(key=lambda p: p[1])
print(pairs)
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: len(p[1])))
