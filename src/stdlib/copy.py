"""Shallow and deep copy operations, written for tessera from the documented behaviour of
CPython 3.11 (``__copy__``, ``__deepcopy__``, ``__reduce_ex__``/``__reduce__``,
``__getstate__``/``__setstate__``, and the memo dictionary)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, _FunctionType,
           _BuiltinType, type(Ellipsis), type(NotImplemented), property)


def _user_reduce(cls, x):
    # A reducer the class itself defines (object's own, if tessera ever gains one, is
    # handled by _reconstruct_plain so copies do not depend on it).
    for klass in cls.__mro__:
        if klass is object:
            break
        d = klass.__dict__
        if '__reduce_ex__' in d:
            return x.__reduce_ex__(4)
        if '__reduce__' in d:
            return x.__reduce__()
    return None


def _state_of(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and type(x).__dict__.get('__getstate__') is not None or \
            any('__getstate__' in k.__dict__ for k in type(x).__mro__ if k is not object):
        return getstate(), True
    state = getattr(x, '__dict__', None)
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state if state else None, slots), True
    if state:
        return state, True
    return None, False


def _set_state(y, state, deep, memo):
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__') and any(
            '__setstate__' in k.__dict__ for k in type(y).__mro__ if k is not object):
        y.__setstate__(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _builtin_base(cls):
    for b in cls.__mro__:
        if b in (list, dict, set, frozenset, tuple, int, float, str, bytes, bool):
            return b
    return object


def _reconstruct_plain(x, deep, memo):
    cls = type(x)
    base = _builtin_base(cls)
    if base is object:
        y = cls.__new__(cls)
    elif base in (list, dict, set):
        y = cls.__new__(cls)
    elif base in (tuple, frozenset):
        items = base(x)
        if deep:
            items = base(deepcopy(v, memo) for v in items)
        y = cls.__new__(cls, items)
    else:
        y = cls.__new__(cls, base(x))
    if deep:
        memo[id(x)] = y
    if base is list:
        y.extend(deepcopy(v, memo) for v in x) if deep else y.extend(x)
    elif base is dict:
        for k, v in dict.items(x):
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif base is set:
        for v in set.__iter__(x):
            y.add(deepcopy(v, memo) if deep else v)
    state, has = _state_of(x)
    if has:
        _set_state(y, state, deep, memo)
    return y


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _user_reduce(cls, x)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    if cls.__module__ == 'builtins' and _builtin_base(cls) is object:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    return _reconstruct_plain(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a mutable value was copied already.
        if d in memo:
            return memo[d]
        same = all(a is b for a, b in zip(x, items))
        y = x if same else tuple(items)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _user_reduce(cls, x)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            elif cls.__module__ == 'builtins' and _builtin_base(cls) is object:
                raise TypeError("cannot pickle '%s' object" % cls.__name__)
            else:
                y = _reconstruct_plain(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Hold a reference to every original so ids in the memo cannot be reused mid-copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
