import reprlib
from collections import deque, OrderedDict

r = reprlib.Repr()
print(sorted(vars(r).items()))
samples = [
    list(range(20)), tuple(range(20)), (1,), (), [], [1, [2, [3]]],
    set(range(20)), frozenset(range(20)), set(), frozenset(),
    {i: str(i) for i in range(10)}, {}, {3: 1, 1: 2, 2: 3}, {'b': 1, 'a': 2, 3: 4},
    'a' * 100, 'ab' * 3, 'a' * 27, 'a' * 28, 'a' * 31, b'x' * 100, '\n' * 20, '\n' * 40,
    "'" * 20 + '"' + "'" * 20, "'" * 10 + '"' + "'" * 10, "'" * 14 + '"' + "'" * 14,
    'é' * 40, b"'" * 20 + b'"' + b"'" * 20,
    10 ** 100, -10 ** 100, 10 ** 39, 10 ** 40, 7, -3,
    deque(range(20)), deque(), OrderedDict(a=1), [[[[[[[[1]]]]]]]],
    {1: {2: {3: {4: {5: {6: {7: 8}}}}}}}, ((((((((1,),),),),),),),),
    1.5, None, True, 2.5e300,
]
for s in samples:
    print(r.repr(s))


class Foo:
    def __repr__(self):
        return 'F' * 50


class Bad:
    def __repr__(self):
        raise ValueError('no')


print(r.repr(Foo()))
print(r.repr(Bad()).startswith('<Bad instance at 0x'))
print(reprlib.repr('x' * 40), reprlib.repr(list(range(100))))
print(type(reprlib.aRepr).__name__)

for level in (0, 1, 2):
    r.maxlevel = level
    print(level, r.repr([1]), r.repr({1: 2}), r.repr((1,)), r.repr({1}), r.repr([]),
          r.repr(frozenset([1])), r.repr(deque([1])), r.repr([[1], []]), r.repr({1: [1]}))
r.maxlevel = 6
r.fillvalue = '<>'
print(r.repr([[1]]), r.repr(list(range(10))), r.repr('x' * 50), r.repr(10 ** 50))
r.fillvalue = '...'
r.maxstring = 2
print(r.repr('abcdef'))
r.maxstring = 0
print(r.repr('abcdef'))
r.maxlong = 2
print(r.repr(12345))
r.maxother = 5
print(r.repr(1.23456789), r.repr(object())[:5])
r.maxother = 30
r.maxdict = 1
print(r.repr({1: {2: 3, 4: 5}, 6: 7}))
r.maxlist = 0
print(r.repr([1, 2]), r.repr([]))
for n in (0, 1, 2):
    r.maxtuple = n
    print(n, r.repr((1,)), r.repr((1, 2)), r.repr(()))
print(r.repr_tuple((1, 2), 1), r.repr1([1, [2]], 1), r.repr_str('abc', 0))


class Spaced:
    pass


Spaced.__name__ = 'a b'


class Custom(reprlib.Repr):
    def repr_a_b(self, obj, level):
        return 'custom'

    def repr_float(self, obj, level):
        return 'float!'


c = Custom()
print(c.repr([Spaced(), 1.0]))


class MyList(list):
    pass


print(r.repr(MyList([1, 2, 3])))

try:
    reprlib.Repr(maxlevel=3)
except TypeError as e:
    print('TypeError', e)


class Node:
    def __init__(self, *items):
        self.items = list(items)

    @reprlib.recursive_repr('<rec>')
    def __repr__(self):
        # Calls __repr__ directly: see reprlib_recursive.py for repr() in the cycle.
        return 'Node(' + ', '.join(x.__repr__() for x in self.items) + ')'


n = Node(1)
n.items.append(n)
m = Node(n)
print(repr(n), repr(m))


@reprlib.recursive_repr()
def f(self):
    'doc'
    return 'x'


print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__annotations__)


class Pair:
    def __init__(self):
        self.other = self

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Pair(%r)' % (self.other,)


print(repr(Pair()))
