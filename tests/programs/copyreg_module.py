import copyreg

print(copyreg.__all__)
print(copyreg.dispatch_table[complex].__name__)
for args in [(int, 5), (int, len, 5), (int, None)]:
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print(repr(e))
try:
    copyreg.constructor(5)
except TypeError as e:
    print(repr(e))
print(copyreg.constructor(len), copyreg.pickle(int, len, len), copyreg.dispatch_table[int])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)
fn = copyreg.dispatch_table[Point]
cls, args = fn(Point(1, 2))
print(cls.__name__, args)

for code in (0, -1, 2 ** 31, 2 ** 31 - 1, 1):
    try:
        copyreg.add_extension('mod', 'n%d' % code, code)
        print('added', code)
    except ValueError as e:
        print(repr(e))
copyreg.add_extension('m', 'n', 5)
copyreg.add_extension('m', 'n', 5)
for args in [('m', 'n', 6), ('m', 'k', 5)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(repr(e))
try:
    copyreg.remove_extension('m', 'n', 6)
except ValueError as e:
    print(repr(e))
print(sorted(copyreg._extension_registry.items()), sorted(copyreg._inverted_registry.items()))
copyreg.remove_extension('m', 'n', 5)
print(('m', 'n') in copyreg._extension_registry, 5 in copyreg._inverted_registry)
print(copyreg.clear_extension_cache())


class A:
    def __init__(self, *a, **k):
        raise AssertionError('not called')


print(type(copyreg.__newobj__(A)).__name__, type(copyreg.__newobj_ex__(A, (), {})).__name__)
