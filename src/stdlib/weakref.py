"""Weak references: references that do not keep their object alive.

tessera's implementation over the _weakref primitives (written from the documentation of
CPython's weakref module). The table of weak references lives in the runtime
(src/runtime/weakref.rs); a reference object keeps its callback in the attribute
`_weakref_cb`, which the interpreter reads and clears when the referent dies.
"""

import _weakref
from _weakref import getweakrefcount, getweakrefs
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = [
    "ReferenceType", "ref", "ProxyType", "CallableProxyType", "ProxyTypes", "proxy",
    "getweakrefcount", "getweakrefs", "WeakMethod", "WeakValueDictionary",
    "WeakKeyDictionary", "WeakSet", "finalize",
]

_register = _weakref._register
_referent = _weakref._referent
_basic = _weakref._basic

_BASIC_REF = 0
_BASIC_PROXY = 1
_OTHER = 2


def _type_name(ob):
    t = type(ob)
    mod = getattr(t, "__module__", "builtins")
    if mod in ("builtins", "__main__") or not isinstance(mod, str):
        return t.__name__
    return t.__name__ if "." in t.__qualname__ else mod + "." + t.__name__


def _target_text(ob):
    text = "to '%s' at %#x" % (_type_name(ob), id(ob))
    try:
        name = getattr(ob, "__name__", None)
    except Exception:
        name = None
    if isinstance(name, str):
        text += " (%s)" % name
    return text


class ReferenceType:
    """ref(object[, callback]) -- a weak reference to object."""

    __slots__ = ("_weakref_cb", "_weakref_hash")

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("ref() takes no keyword arguments")
        if not args:
            raise TypeError("__new__ expected at least 1 argument, got 0")
        if len(args) > 2 and cls is ReferenceType:
            raise TypeError("__new__ expected at most 2 arguments, got %d" % len(args))
        ob = args[0]
        callback = args[1] if len(args) > 1 else None
        basic = callback is None and cls is ReferenceType
        if basic:
            existing = _basic(ob, _BASIC_REF)
            if existing is not None:
                return existing
        self = object.__new__(cls)
        self._weakref_cb = callback
        self._weakref_hash = None
        _register(self, ob, _BASIC_REF if basic else _OTHER, callback is not None)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self):
        return _referent(self)

    @property
    def __callback__(self):
        return self._weakref_cb

    def __hash__(self):
        h = self._weakref_hash
        if h is None:
            ob = _referent(self)
            if ob is None:
                raise TypeError("weak object has gone away")
            h = hash(ob)
            self._weakref_hash = h
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _referent(self)
        b = _referent(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _referent(self)
        b = _referent(other)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = _referent(self)
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; %s>" % (id(self), _target_text(ob))

    def __class_getitem__(cls, item):
        return cls


ReferenceType.__name__ = "ReferenceType"
ReferenceType.__qualname__ = "ReferenceType"
ref = ReferenceType


def _proxied(p):
    ob = _referent(p)
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    __slots__ = ("_weakref_cb",)

    def __getattribute__(self, name):
        if name == "_weakref_cb":
            return object.__getattribute__(self, name)
        return getattr(_proxied(self), name)

    def __setattr__(self, name, value):
        if name == "_weakref_cb":
            object.__setattr__(self, name, value)
        else:
            setattr(_proxied(self), name, value)

    def __delattr__(self, name):
        delattr(_proxied(self), name)

    def __repr__(self):
        ob = _referent(self)
        if ob is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), _type_name(ob), id(ob))

    def __str__(self):
        return str(_proxied(self))

    def __bytes__(self):
        return bytes(_proxied(self))

    def __bool__(self):
        return bool(_proxied(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_proxied(self))

    def __iter__(self):
        return iter(_proxied(self))

    def __next__(self):
        return next(_proxied(self))

    def __reversed__(self):
        return reversed(_proxied(self))

    def __contains__(self, item):
        return item in _proxied(self)

    def __getitem__(self, key):
        return _proxied(self)[key]

    def __setitem__(self, key, value):
        _proxied(self)[key] = value

    def __delitem__(self, key):
        del _proxied(self)[key]

    def __index__(self):
        return _proxied(self).__index__()

    def __int__(self):
        return int(_proxied(self))

    def __float__(self):
        return float(_proxied(self))

    def __abs__(self):
        return abs(_proxied(self))

    def __neg__(self):
        return -_proxied(self)

    def __pos__(self):
        return +_proxied(self)

    def __invert__(self):
        return ~_proxied(self)


def _unwrap(x):
    if isinstance(x, ProxyType):
        return _proxied(x)
    return x


def _binary(name, op):
    def forward(self, other):
        return op(_proxied(self), _unwrap(other))

    def backward(self, other):
        return op(_unwrap(other), _proxied(self))

    setattr(ProxyType, "__%s__" % name, forward)
    if name not in ("eq", "ne", "lt", "le", "gt", "ge"):
        setattr(ProxyType, "__r%s__" % name, backward)


def _inplace(name, op):
    def method(self, other):
        ob = _proxied(self)
        op(ob, _unwrap(other))
        return self

    setattr(ProxyType, "__i%s__" % name, method)


def _install_operators():
    import operator
    for name in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow",
                 "lshift", "rshift", "and", "or", "xor", "matmul"):
        fn = getattr(operator, name + "_" if name in ("and", "or") else name)
        _binary(name, fn)
        _inplace(name, getattr(operator, "i" + name))
    for name in ("eq", "ne", "lt", "le", "gt", "ge"):
        _binary(name, getattr(operator, name))


_install_operators()
ProxyType.__hash__ = ProxyType.__dict__["__hash__"]


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _proxied(self)(*args, **kwargs)

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.CallableProxyType'")


for _cls in (ProxyType, CallableProxyType):
    _cls.__module__ = "weakref"
del _cls
ReferenceType.__module__ = "weakref"
ProxyType.__qualname__ = "ProxyType"
CallableProxyType.__qualname__ = "CallableProxyType"

ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    """Creates a proxy object that weakly references 'ob'."""
    cls = CallableProxyType if callable(ob) else ProxyType
    if callback is None:
        existing = _basic(ob, _BASIC_PROXY)
        if existing is not None:
            return existing
    p = object.__new__(cls)
    object.__setattr__(p, "_weakref_cb", callback)
    _register(p, ob, _BASIC_PROXY if callback is None else _OTHER, callback is not None)
    return p


_NOTHING = object()


class WeakMethod(ref):
    """A weak reference to a bound method, alive while its object and function are."""

    __slots__ = ("_func", "_method_type", "_dead", "__weakref__")

    def __new__(cls, meth, callback=None):
        bound_to = getattr(meth, "__self__", _NOTHING)
        function = getattr(meth, "__func__", _NOTHING)
        if bound_to is _NOTHING or function is _NOTHING:
            raise TypeError(f"argument should be a bound method, not {type(meth)}")

        def on_death(_dead_ref):
            wm = me()
            if wm is None or wm._dead:
                return
            wm._dead = True
            if callback is not None:
                callback(wm)

        self = ref.__new__(cls, bound_to, on_death)
        self._func = ref(function, on_death)
        self._method_type = type(meth)
        self._dead = False
        me = ref(self)
        return self

    def __call__(self):
        target = ref.__call__(self)
        function = self._func()
        if target is not None and function is not None:
            return self._method_type(function, target)
        return None

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._dead or other._dead:
            return self is other
        return ref.__eq__(self, other) and self._func == other._func

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that also carries a key (WeakValueDictionary's entries)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


def _weak_callback(owner, handler):
    """A weak reference callback that calls handler(owner, dead_ref) while owner lives,
    without keeping owner alive."""
    owner_ref = ref(owner)

    def callback(dead_ref):
        target = owner_ref()
        if target is not None:
            handler(target, dead_ref)

    return callback


class _Reaper:
    """Removes the entries of a weak container whose referents died. While the container
    is being iterated (`with reaper:`) removals wait, so its storage does not change
    under the iteration; they happen when the last iteration ends."""

    __slots__ = ("remove", "depth", "waiting")

    def __init__(self, remove):
        self.remove = remove
        self.depth = 0
        self.waiting = []

    def died(self, token):
        if self.depth:
            self.waiting.append(token)
        else:
            self.remove(token)

    def flush(self):
        if self.waiting and not self.depth:
            tokens, self.waiting = self.waiting, []
            for token in tokens:
                self.remove(token)

    def __enter__(self):
        self.depth += 1
        return self

    def __exit__(self, *exc_info):
        self.depth -= 1
        self.flush()
        return False


# What WeakValueDictionary and WeakKeyDictionary do alike, written once and assigned in
# both class bodies, so that each keeps CPython's bases (no shared private base class).
def _weak_mapping_keys(self):
    yield from self.__iter__()


def _weak_mapping_values(self):
    for _, value in self.items():
        yield value


def _weak_mapping_clear(self):
    self._reaper.flush()
    self.data.clear()


def _weak_mapping_copy(self):
    twin = type(self)()
    for key, value in list(self.items()):
        twin[key] = value
    return twin


def _weak_mapping_repr(self):
    return f"<{type(self).__name__} at {id(self):#x}>"


def _Mapping_types():
    from collections.abc import Mapping
    return (Mapping, type({}))


def _weak_mapping_or(self, other):
    if not isinstance(other, _Mapping_types()):
        return NotImplemented
    merged = self.copy()
    merged.update(other)
    return merged


def _weak_mapping_ror(self, other):
    if not isinstance(other, _Mapping_types()):
        return NotImplemented
    merged = type(self)(other)
    merged.update(self)
    return merged


def _weak_mapping_ior(self, other):
    self.update(other)
    return self


class WeakValueDictionary(_MutableMapping):
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._reaper = _Reaper(self._forget)
        self._callback = _weak_callback(self, WeakValueDictionary._value_died)
        self.update(other, **kw)

    def _value_died(self, dead_ref):
        self._reaper.died(dead_ref)

    def _forget(self, dead_ref):
        if self.data.get(dead_ref.key) is dead_ref:
            del self.data[dead_ref.key]

    def _entry(self, key, value):
        return KeyedRef(value, self._callback, key)

    def __getitem__(self, key):
        self._reaper.flush()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._reaper.flush()
        self.data[key] = self._entry(key, value)

    def __delitem__(self, key):
        self._reaper.flush()
        del self.data[key]

    def __len__(self):
        self._reaper.flush()
        return len([wr for wr in list(self.data.values()) if wr() is not None])

    def __iter__(self):
        with self._reaper:
            for key, wr in list(self.data.items()):
                if wr() is not None:
                    yield key

    keys = _weak_mapping_keys

    def items(self):
        with self._reaper:
            for key, wr in list(self.data.items()):
                value = wr()
                if value is not None:
                    yield key, value

    values = _weak_mapping_values

    def itervaluerefs(self):
        """The weak references to the values (they may die while this runs)."""
        with self._reaper:
            yield from list(self.data.values())

    def valuerefs(self):
        """A list of the weak references to the values."""
        self._reaper.flush()
        return list(self.data.values())

    def popitem(self):
        self._reaper.flush()
        while self.data:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value
        raise KeyError("popitem(): dictionary is empty")

    clear = _weak_mapping_clear
    copy = __copy__ = _weak_mapping_copy

    def __deepcopy__(self, memo):
        import copy as _copy
        twin = type(self)()
        for key, value in list(self.items()):
            twin[_copy.deepcopy(key, memo)] = value
        return twin

    __repr__ = _weak_mapping_repr
    __or__ = _weak_mapping_or
    __ror__ = _weak_mapping_ror
    __ior__ = _weak_mapping_ior


class WeakKeyDictionary(_MutableMapping):
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        self._reaper = _Reaper(self._forget)
        self._callback = _weak_callback(self, WeakKeyDictionary._key_died)
        if dict is not None:
            self.update(dict)

    def _key_died(self, dead_ref):
        self._reaper.died(dead_ref)

    def _forget(self, dead_ref):
        self.data.pop(dead_ref, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._callback)] = value

    def __delitem__(self, key):
        self._reaper.flush()
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        self._reaper.flush()
        return len([wr for wr in list(self.data) if wr() is not None])

    def __iter__(self):
        with self._reaper:
            for wr in list(self.data):
                key = wr()
                if key is not None:
                    yield key

    keys = _weak_mapping_keys

    def items(self):
        with self._reaper:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value

    values = _weak_mapping_values

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._reaper.flush()
        while self.data:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value
        raise KeyError("popitem(): dictionary is empty")

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._callback), default)

    clear = _weak_mapping_clear
    copy = __copy__ = _weak_mapping_copy

    def __deepcopy__(self, memo):
        import copy as _copy
        twin = type(self)()
        for key, value in list(self.items()):
            twin[key] = _copy.deepcopy(value, memo)
        return twin

    __repr__ = _weak_mapping_repr
    __or__ = _weak_mapping_or
    __ror__ = _weak_mapping_ror
    __ior__ = _weak_mapping_ior


class WeakSet(_MutableSet):
    """A set whose elements are referenced weakly."""

    def __init__(self, data=None):
        self.data = set()
        self._reaper = _Reaper(self.data.discard)
        self._callback = _weak_callback(self, WeakSet._element_died)
        if data is not None:
            self.update(data)

    def _element_died(self, dead_ref):
        self._reaper.died(dead_ref)

    @classmethod
    def _from_iterable(cls, iterable):
        return cls(iterable)

    def __iter__(self):
        with self._reaper:
            for wr in list(self.data):
                element = wr()
                if element is not None:
                    yield element

    def __len__(self):
        self._reaper.flush()
        return len([wr for wr in list(self.data) if wr() is not None])

    def __contains__(self, element):
        try:
            probe = ref(element)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def add(self, element):
        self._reaper.flush()
        self.data.add(ref(element, self._callback))

    def discard(self, element):
        self._reaper.flush()
        self.data.discard(ref(element))

    def remove(self, element):
        self._reaper.flush()
        self.data.remove(ref(element))

    def pop(self):
        self._reaper.flush()
        while self.data:
            element = self.data.pop()()
            if element is not None:
                return element
        raise KeyError("pop from empty WeakSet")

    def clear(self):
        self._reaper.flush()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for element in other:
            self.add(element)

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    def intersection(self, other):
        return type(self)(e for e in other if e in self)

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    def difference_update(self, other):
        if other is self:
            self.clear()
            return
        for element in list(other):
            self.discard(element)

    def intersection_update(self, other):
        keep = type(self)(other)
        for element in list(self):
            if element not in keep:
                self.discard(element)

    def symmetric_difference_update(self, other):
        if other is self:
            self.clear()
            return
        for element in type(self)(other):
            if element in self:
                self.discard(element)
            else:
                self.add(element)

    def issubset(self, other):
        pool = other if hasattr(other, "__contains__") else list(other)
        return all(e in pool for e in self)

    def issuperset(self, other):
        return all(e in self for e in other)

    def isdisjoint(self, other):
        return not any(e in self for e in other)

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return len(self) == len(other) and all(e in other for e in self)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __or__(self, other):
        return self.union(other)

    def __and__(self, other):
        return self.intersection(other)

    def __sub__(self, other):
        return self.difference(other)

    def __xor__(self, other):
        return self.symmetric_difference(other)

    def __ior__(self, other):
        self.update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer object which will
    be called when obj is garbage collected. The first time the finalizer is called it
    evaluates func(*arg, **kwargs) and returns the result. After this the finalizer is
    dead, and calling it just returns None.

    When the program exits any remaining finalizers for which the atexit attribute is
    true will be run in reverse order of creation. By default atexit is true.
    """

    # Live finalizers → [weak reference to obj, func, args, kwargs, atexit, order].
    _live = {}
    _made = 0
    _hooked = False

    __slots__ = ("__weakref__",)

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._at_exit)
            finalize._hooked = True
        finalize._made += 1
        state = [ref(obj, self), func, args, kwargs or None, True, finalize._made]
        finalize._live[self] = state

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs); otherwise
        return None."""
        state = finalize._live.pop(self, None)
        if state is not None:
            _, func, args, kwargs, _, _ = state
            return func(*args, **(kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs); otherwise
        return None."""
        state = finalize._live.get(self)
        obj = state and state[0]()
        if obj is not None and finalize._live.pop(self, None):
            return (obj, state[1], state[2], state[3] or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None."""
        state = finalize._live.get(self)
        obj = state and state[0]()
        if obj is not None:
            return (obj, state[1], state[2], state[3] or {})

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in finalize._live

    @property
    def atexit(self):
        """Whether finalizer should be called at exit."""
        state = finalize._live.get(self)
        return bool(state) and state[4]

    @atexit.setter
    def atexit(self, value):
        state = finalize._live.get(self)
        if state:
            state[4] = bool(value)

    def __repr__(self):
        state = finalize._live.get(self)
        obj = state and state[0]()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), _type_name(obj), id(obj))

    @staticmethod
    def _at_exit():
        # Newest first; finalizers made while these run are not called.
        pending = sorted(
            (state[5], f) for f, state in list(finalize._live.items()) if state[4])
        for _, f in reversed(pending):
            if f in finalize._live:
                try:
                    f()
                except Exception:
                    import sys
                    import traceback
                    print("Exception ignored in: %r" % f, file=sys.stderr)
                    traceback.print_exc()
        finalize._live.clear()
