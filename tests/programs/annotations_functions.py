# Function annotations: evaluated at def time, in CPython's order, stored in __annotations__.
import sys

trace = []


def note(label, value):
    trace.append(label)
    return value


def full(a: note('a', int), /, b: note('b', str) = note('b-default', 'x'),
         *args: note('args', tuple), c: note('c', float) = note('c-default', 1.0), d=2,
         **kw: note('kw', dict)) -> note('return', list):
    return [a, b, args, c, d, kw]


print(trace)
print(list(full.__annotations__))
print(full.__annotations__['a'], full.__annotations__['return'])
print(full(1))


def plain(x, y=1):
    return x


print(plain.__annotations__)
first = plain.__annotations__
print(first is plain.__annotations__)
plain.__annotations__['x'] = 'added'
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__, plain.__annotations__ is first)
plain.__annotations__ = None
print(plain.__annotations__)
plain.__annotations__ = {'y': int}
print(plain.__annotations__)
for value in (5, [('x', int)], 'x: int', (1, 2)):
    try:
        plain.__annotations__ = value
    except TypeError as e:
        print('TypeError:', e)
print(plain.__annotations__)
print('__annotations__' in plain.__dict__)

print((lambda x, y=2: x).__annotations__)


def returns_only() -> None:
    pass


print(returns_only.__annotations__)


def strings(a: 'List[ int ]', b: "quoted") -> 'Dict[str,  int]':
    pass


print(strings.__annotations__)


async def coro(x: int, *, y: bytes = b'') -> str:
    return 'c'


print(coro.__annotations__)


class Mangled:
    T = int

    def method(self, __private: T, *, __kw: str = '') -> 'Mangled':
        return self

    def __dunder__(self, __x__: T):
        pass


print(Mangled.method.__annotations__)
print(Mangled.__dunder__.__annotations__)


def outer():
    local = bytes

    def inner(x: local) -> local:
        return x

    class Inside:
        def m(self, y: local):
            pass

    return inner, Inside


inner, Inside = outer()
print(inner.__annotations__, Inside.m.__annotations__)


def body_annotations():
    value: never_evaluated_name = 3
    other: also_never_evaluated
    return value


print(body_annotations(), body_annotations.__annotations__)


def deco(f):
    trace.append('decorated ' + f.__name__)
    return f


trace.clear()


@deco
def decorated(x: note('param', int) = note('default', 0)) -> note('ret', int):
    return x


print(trace)

import functools


@functools.wraps(full)
def wrapper(*args, **kwargs):
    return full(*args, **kwargs)


print(wrapper.__annotations__ == full.__annotations__)

# Errors in annotations surface when the def statement runs.
try:
    def bad(x: undefined_annotation_name):
        pass
except NameError as e:
    print('NameError:', e)
try:
    def bad2(x: int) -> 1 / 0:
        pass
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print('bad' in globals(), 'bad2' in globals())


def last(a: int, b: missing_annotation_type):
    pass
