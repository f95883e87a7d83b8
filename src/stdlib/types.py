"""Names for built-in types and a few helpers, written for tessera from the documented
behaviour of CPython 3.11."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'GeneratorType', 'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType',
           'ModuleType', 'NoneType', 'EllipsisType', 'NotImplementedType', 'GenericAlias',
           'CoroutineType', 'AsyncGeneratorType', 'coroutine', 'new_class', 'resolve_bases', 'prepare_class', 'DynamicClassAttribute']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


async def _co():
    pass


_co_obj = _co()
CoroutineType = type(_co_obj)
_co_obj.close()
del _co_obj


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _g, _C


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


# sys.implementation is built before this module exists, from a stand-in class with the
# same name and repr; from here on it is a SimpleNamespace proper.
if type(getattr(sys, 'implementation', None)).__name__ == 'SimpleNamespace':
    sys.implementation.__class__ = SimpleNamespace


class MappingProxyType:
    """A read-only view of a mapping."""
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        if not hasattr(mapping, '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        object.__setattr__(self, '_mapping', mapping)

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def __reversed__(self):
        return reversed(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


class GenericAlias:
    """``list[int]`` and friends: a subscripted class that still constructs its origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            for p in getattr(a, '__parameters__', ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
            if type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple') and a not in params:
                params.append(a)
        self.__parameters__ = tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if len(self.__args__) == 0:
            args = '()'
        else:
            parts = []
            for a in self.__args__:
                if isinstance(a, list):
                    parts.append('[%s]' % ', '.join(_type_repr(x) for x in a))
                else:
                    parts.append(_type_repr(a))
            args = ', '.join(parts)
        return '%s[%s]' % (_type_repr(self.__origin__), args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        if not isinstance(item, tuple):
            item = (item,)
        subst = dict(zip(self.__parameters__, item))
        new = tuple(subst.get(a, a) for a in self.__args__)
        return GenericAlias(self.__origin__, new)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


def resolve_bases(bases):
    new_bases = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            new_bases.append(base)
            continue
        meth = getattr(base, '__mro_entries__', None)
        if meth is None:
            new_bases.append(base)
            continue
        new_bases.extend(meth(bases))
        changed = True
    return tuple(new_bases) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        for b in bases:
            bm = type(b)
            if issubclass(bm, meta):
                meta = bm
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


DynamicClassAttribute = property


class _AwaitableGenerator:
    """What a function decorated with ``coroutine`` returns in tessera when it made a
    generator: the generator itself, made awaitable (tessera keeps no per-code flag
    for CPython's CO_ITERABLE_COROUTINE, so the generator is wrapped instead)."""

    __slots__ = ('_it',)

    def __init__(self, it):
        self._it = it

    def __await__(self):
        return self._it

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)

    def send(self, value):
        return self._it.send(value)

    def throw(self, *args):
        return self._it.throw(*args)

    def close(self):
        return self._it.close()


def coroutine(func):
    """Turns a generator function into one whose generators can be awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x280:
        # Already a coroutine or async generator function.
        return func

    def awaitable_call(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, GeneratorType):
            return _AwaitableGenerator(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(awaitable_call, attr, getattr(func, attr))
        except AttributeError:
            pass
    awaitable_call.__wrapped__ = func
    return awaitable_call


class UnionType:
    """``int | str``: made by the VM when ``|`` combines classes (or None)."""

    def __init__(self, *args):
        flat = []
        for a in args:
            if a is None:
                a = NoneType
            for x in (a.__args__ if isinstance(a, UnionType) else (a,)):
                if x not in flat:
                    flat.append(x)
        self.__args__ = tuple(flat)
        self.__parameters__ = ()

    def __or__(self, other):
        if other is None or isinstance(other, (type, UnionType)):
            return UnionType(self, other)
        return NotImplemented

    def __ror__(self, other):
        if other is None or isinstance(other, (type, UnionType)):
            return UnionType(other, self)
        return NotImplemented

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)
