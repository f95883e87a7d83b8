# min and max
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'))
print(max([1, -5, 3], key=abs), min(['ccc', 'a', 'bb'], key=len), max(['ab', 'cd', 'ef'], key=len))
print(max([], default='none'), min((), default=0), max([7], default=99))
print(max({'a': 3, 'b': 1}), max({'a': 3, 'b': 1}, key={'a': 3, 'b': 1}.get))
print(max(1, 2.5), min(-1, -1.0), max(True, 0), max([1, 3], [1, 2, 9]), min((2, 'b'), (2, 'a')))
print(max(3, 3.0), max(3.0, 3), min(0, False), min(False, 0))
items = [('a', 3), ('b', 5), ('c', 5), ('d', 1)]
print(max(items, key=lambda t: t[1]), min(items, key=lambda t: t[1]))
print(max(range(10), key=lambda x: (x % 3, x)), min(x * x - 4 * x for x in range(10)))
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
