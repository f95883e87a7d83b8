# inspect's is*() predicates over a matrix of objects.
import abc
import asyncio
import functools
import inspect
import sys
import types


def plain(a):
    return a


def gen_fn():
    yield 1


async def coro_fn():
    return 1


async def agen_fn():
    yield 1


class Base:
    def method(self):
        pass

    @classmethod
    def cmethod(cls):
        pass

    @staticmethod
    def smethod():
        pass

    @property
    def prop(self):
        return 1


class Abstract(abc.ABC):
    @abc.abstractmethod
    def must(self):
        pass


class Concrete(Abstract):
    def must(self):
        return 1


class GetOnly:
    def __get__(self, obj, owner=None):
        return 1


class GetSet:
    def __get__(self, obj, owner=None):
        return 1

    def __set__(self, obj, value):
        pass


class GetDelete:
    def __get__(self, obj, owner=None):
        return 1

    def __delete__(self, obj):
        pass


class SetOnly:
    def __set__(self, obj, value):
        pass


class Awaits:
    def __await__(self):
        yield


class Callable:
    def __call__(self):
        pass


gen = gen_fn()
coro = coro_fn()
agen = agen_fn()

objects = [
    ('module', sys),
    ('module2', inspect),
    ('class', Base),
    ('builtin class', int),
    ('type', type),
    ('instance', Base()),
    ('function', plain),
    ('lambda', lambda: 0),
    ('gen function', gen_fn),
    ('coro function', coro_fn),
    ('agen function', agen_fn),
    ('generator', gen),
    ('coroutine', coro),
    ('async generator', agen),
    ('genexp', (x for x in ())),
    ('bound method', Base().method),
    ('class method', Base.cmethod),
    ('unbound function', Base.method),
    ('static function', Base.smethod),
    ('classmethod obj', Base.__dict__['cmethod']),
    ('staticmethod obj', Base.__dict__['smethod']),
    ('property', Base.__dict__['prop']),
    ('len', len),
    ('list.append bound', [].append),
    ('abstract', Abstract),
    ('concrete', Concrete),
    ('get only', GetOnly()),
    ('get set', GetSet()),
    ('get delete', GetDelete()),
    ('set only', SetOnly()),
    ('awaits', Awaits()),
    ('callable', Callable()),
    ('partial', functools.partial(plain, 1)),
    ('partial gen', functools.partial(gen_fn)),
    ('partial coro', functools.partial(coro_fn)),
    ('int', 1),
    ('str', 'text'),
    ('None', None),
    ('code', plain.__code__),
    ('future', None),
]

predicates = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
    'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction', 'isasyncgen', 'isawaitable',
    'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
    'iscode', 'istraceback', 'isframe', 'isgetsetdescriptor', 'ismemberdescriptor',
]

for label, obj in objects:
    hits = [name for name in predicates if getattr(inspect, name)(obj)]
    print('%-18s %s' % (label, ' '.join(hits)))

# Generator-based awaitables need the iterable-coroutine flag.
@types.coroutine
def old_style():
    yield

print('types.coroutine gen awaitable:', inspect.isawaitable(old_style()))
print('plain gen awaitable:', inspect.isawaitable(gen_fn()))
print('methods of a partial:', inspect.isgeneratorfunction(functools.partial(Base().method)))


class Holder:
    async def am(self):
        pass

    def gm(self):
        yield


print(inspect.iscoroutinefunction(Holder().am), inspect.isgeneratorfunction(Holder().gm),
      inspect.iscoroutinefunction(Holder.am), inspect.isasyncgenfunction(Holder().am))
print(inspect.isabstract(Concrete()), inspect.isabstract(abc.ABC), inspect.isabstract(1))

for c in (coro,):
    c.close()


async def _drain():
    async for _ in agen:
        pass

asyncio.run(_drain())
print('constants', inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR,
      inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_ITERABLE_COROUTINE,
      inspect.TPFLAGS_IS_ABSTRACT)
