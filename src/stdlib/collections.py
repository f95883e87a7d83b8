"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple.

deque is built in (Rust, from _collections); the rest follow CPython 3.11's
observable behaviour (reprs, error messages, ordering rules) in Python.
"""

from _collections import deque

__all__ = ['deque', 'defaultdict', 'Counter', 'OrderedDict', 'namedtuple']


# ids of objects whose repr is being computed, so that self-containing
# containers print "[...]" / "..." instead of recursing forever.
_repr_running = set()


def _same(a, b):
    # PyObject_RichCompareBool treats identity as equality (matters for NaN).
    return a is b or a == b


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    def __init__(self, *args, **kwargs):
        if args:
            default_factory = args[0]
            args = args[1:]
        else:
            default_factory = None
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr,
                               dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        if self.default_factory is None:
            args = ()
        else:
            args = (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


################################################################################
### Counter
################################################################################

def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    t = type(obj)
    return (hasattr(t, 'keys') and hasattr(t, 'items')
            and hasattr(t, '__getitem__'))


# Counter's counting loop, in Rust as in CPython.
from _collections import _count_elements


def _second(pair):
    return pair[1]


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('Counter.__init__() takes from 1 to 2 positional '
                            'arguments but %d were given' % (len(args) + 1))
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('Counter.update() takes from 1 to 2 positional '
                            'arguments but %d were given' % (len(args) + 1))
        iterable = args[0] if args else None
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('Counter.subtract() takes from 1 to 2 positional '
                            'arguments but %d were given' % (len(args) + 1))
        iterable = args[0] if args else None
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order and can reorder entries."""

    # Plain dicts already keep insertion order, and assignment to an existing
    # key keeps its position, exactly like OrderedDict; only the reordering
    # operations and order-sensitive equality need extra work.

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d'
                            % len(args))
        OrderedDict.update(self, *args, **kwds)

    def update(self, *args, **kwds):
        # Goes through self[key] = value so that subclasses overriding
        # __setitem__ see every insertion, as with MutableMapping.update.
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument '
                            '(%d given)' % len(args))
        if args:
            other = args[0]
            if isinstance(other, dict):
                for key in list(other.keys()):
                    self[key] = other[key]
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for pair in other:
                    pair = tuple(pair)
                    if len(pair) > 2:
                        raise ValueError('too many values to unpack '
                                         '(expected 2)')
                    if len(pair) < 2:
                        raise ValueError('need more than %d value%s to '
                                         'unpack' % (len(pair),
                                         '' if len(pair) == 1 else 's'))
                    self[pair[0]] = pair[1]
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        OrderedDict.update(self, other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        for key in dict.keys(self):
            break
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        items = list(dict.items(self))
        dict.clear(self)
        for k, v in items:
            if _same(k, key):
                dict.__setitem__(self, k, v)
                break
        for k, v in items:
            if not _same(k, key):
                dict.__setitem__(self, k, v)

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(self, other):
                if not _same(a, b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if not self:
                return '%s()' % (self.__class__.__name__,)
            return '%s(%r)' % (self.__class__.__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
])


def _quoted_names(names):
    # Formats like CPython's "missing ... arguments: 'x', 'y', and 'z'".
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _field_getter(index):
    # A separate function so each property captures its own index.
    def getter(self):
        return self[index]
    return getter


def _field_setter(self, value):
    # Gives CPython's _tuplegetter message rather than the property one.
    raise AttributeError("can't set attribute")


def _field_deleter(self):
    raise AttributeError("can't delete attribute")


_MISSING = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new subclass of tuple with named fields."""

    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    typename = str(typename)

    if rename:
        seen = set()
        for index in range(len(field_names)):
            name = field_names[index]
            if (not name.isidentifier()
                    or name in _KEYWORDS
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    default_values = ()
    if defaults is not None:
        default_values = tuple(defaults)
        if len(default_values) > len(field_names):
            raise TypeError('Got more default values than field names')
        first = len(field_names) - len(default_values)
        for i in range(len(default_values)):
            field_defaults[field_names[first + i]] = default_values[i]

    fields = tuple(field_names)
    num_fields = len(fields)
    num_required = num_fields - len(default_values)
    new_qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    class _NamedTuple(tuple):
        __slots__ = ()

        def __new__(_cls, *args, **kwargs):
            nargs = len(args)
            if not kwargs and nargs == num_fields:
                return tuple_new(_cls, args)
            values = list(args[:num_fields])
            while len(values) < num_fields:
                values.append(_MISSING)
            # Same checking order as CPython's argument binding: keywords,
            # then surplus positionals, then missing arguments.
            for key in kwargs:
                pos = -1
                for i in range(num_fields):
                    if fields[i] == key:
                        pos = i
                        break
                if pos < 0:
                    raise TypeError('%s() got an unexpected keyword argument '
                                    "'%s'" % (new_qualname, key))
                if values[pos] is not _MISSING:
                    raise TypeError("%s() got multiple values for argument "
                                    "'%s'" % (new_qualname, key))
                values[pos] = kwargs[key]
            if nargs > num_fields:
                if default_values:
                    sig = 'from %d to %d' % (num_required + 1, num_fields + 1)
                    plural = 's'
                else:
                    sig = '%d' % (num_fields + 1)
                    plural = '' if num_fields == 0 else 's'
                raise TypeError('%s() takes %s positional argument%s but %d '
                                'were given' % (new_qualname, sig, plural,
                                                nargs + 1))
            missing = [fields[i] for i in range(num_required)
                       if values[i] is _MISSING]
            if missing:
                raise TypeError('%s() missing %d required positional '
                                'argument%s: %s'
                                % (new_qualname, len(missing),
                                   '' if len(missing) == 1 else 's',
                                   _quoted_names(missing)))
            for i in range(num_required, num_fields):
                if values[i] is _MISSING:
                    values[i] = default_values[i - num_required]
            return tuple_new(_cls, values)

        @classmethod
        def _make(cls, iterable):
            result = tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError('Expected %d arguments, got %d'
                                % (num_fields, len(result)))
            return result

        def _replace(_self, **kwds):
            values = []
            i = 0
            for value in _self:
                values.append(kwds.pop(fields[i], value))
                i += 1
            result = _self._make(values)
            if kwds:
                raise ValueError('Got unexpected field names: %r'
                                 % (list(kwds),))
            return result

        def __repr__(self):
            parts = []
            i = 0
            for value in self:
                parts.append('%s=%r' % (fields[i], value))
                i += 1
            return '%s(%s)' % (self.__class__.__name__, ', '.join(parts))

        def _asdict(self):
            return dict(zip(self._fields, self))

        def __getnewargs__(self):
            return tuple(self)

    cls = _NamedTuple
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = '%s(%s)' % (typename, ', '.join(fields))
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    for index in range(num_fields):
        setattr(cls, fields[index],
                property(_field_getter(index), _field_setter, _field_deleter,
                         'Alias for field number %d' % index))
    # Without frame introspection the caller's module is unknown; scripts
    # run as __main__ are by far the common case.
    cls.__module__ = '__main__' if module is None else module
    return cls
