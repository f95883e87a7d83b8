# functions as values
def add(a, b): return a + b
def sub(a, b): return a - b
def apply(f, *args):
    return f(*args)
print(apply(add, 2, 3), apply(sub, 2, 3), apply(max, 4, 9, 2))
table = [add, sub, pow]
print([f(2, 5) for f in table])
dispatch = {'add': add, 'sub': sub}
print(dispatch['add'](10, 5), dispatch.get('mul', lambda a, b: 'n/a')(1, 2))
def twice(f):
    return lambda x: f(f(x))
inc = lambda x: x + 1
print(twice(inc)(5), twice(twice(inc))(5), twice(str.upper)('abc'))
print(list(map(len, ['a', 'bb', 'ccc'])), list(map(str.strip, [' x ', 'y '])))
print(sorted([-3, 1, -2], key=abs), callable(add), callable(5))
f = add
del add
print(f(1, 1), f.__name__)
method = 'hello'.upper
print(method(), [].append.__name__, 'x'.join.__name__)
print(type(f).__name__, type(len).__name__, type(method).__name__)
def returns_func(kind):
    def a(): return 'A'
    def b(): return 'B'
    return a if kind == 'a' else b
print(returns_func('a')(), returns_func('z')())
print(int('5') + apply(int, '10'), apply(str, 42) * 2)
