"""Size-limited repr() for tessera, written from the documentation and observed behaviour of
CPython 3.11's reprlib module.

Repr.repr1 dispatches on the exact type name of the object (spaces become underscores) to a
repr_<name> method; containers share _shown(), which renders at most `limit` items at one
level below the current one and marks what was left out with fillvalue."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins


def _cut(text, limit, fill):
    """text shortened to about limit characters, keeping both ends around fill."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _ordered(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call made while the same object's repr is already
    under way (a reference cycle) returns fillvalue instead of recursing."""

    def decorate(method):
        busy = set()

        def guarded(self):
            token = id(self)
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, attr, getattr(method, attr))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


# Attribute defaults of a new Repr: how many items of each container kind are shown, how
# deep nesting goes, and the lengths strings, ints and other reprs are cut to.
_DEFAULT_LIMITS = (
    ('maxlevel', 6), ('maxdict', 4), ('maxlist', 6), ('maxtuple', 6), ('maxset', 6),
    ('maxfrozenset', 6), ('maxdeque', 6), ('maxarray', 5), ('maxstring', 30),
    ('maxlong', 40), ('maxother', 30), ('fillvalue', '...'),
)


class Repr:
    """Holds the limits; repr(obj) renders obj within them."""

    def __init__(self):
        for attr, default in _DEFAULT_LIMITS:
            setattr(self, attr, default)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    # Containers -----------------------------------------------------------------------

    def _shown(self, items, level, limit, count):
        """The text between a container's brackets: '' when empty, fillvalue alone when
        the nesting level is used up, otherwise the first `limit` items."""
        if count == 0:
            return ''
        if level <= 0:
            return self.fillvalue
        parts = []
        for item in items:
            if len(parts) == limit:
                break
            parts.append(self.repr1(item, level - 1))
        if count > limit:
            parts.append(self.fillvalue)
        return ', '.join(parts)

    def _iterable_repr(self, x, level, left, right, limit, trail=''):
        """Kept under CPython's helper name for subclasses that call it."""
        inner = self._shown(x, level, limit, len(x))
        if len(x) == 1 and trail and level > 0:
            inner += trail
        return left + inner + right

    _repr_iterable = _iterable_repr

    def repr_tuple(self, x, level):
        return self._iterable_repr(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._iterable_repr(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._iterable_repr(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return '{' + self._shown(_ordered(x), level, self.maxset, len(x)) + '}'

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return ('frozenset({' + self._shown(_ordered(x), level, self.maxfrozenset, len(x))
                + '})')

    def repr_deque(self, x, level):
        return self._iterable_repr(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pairs = []
        for key in _ordered(x):
            if len(pairs) == self.maxdict:
                pairs.append(self.fillvalue)
                break
            pairs.append(self.repr1(key, level - 1) + ': '
                         + self.repr1(x[key], level - 1))
        return '{' + ', '.join(pairs) + '}'

    # Scalars --------------------------------------------------------------------------

    def repr_str(self, x, level):
        text = builtins.repr(x)
        limit = self.maxstring
        if len(text) <= limit:
            return text
        # Too long: only the ends survive, so render just those (the quotes are then
        # chosen for them alone) and cut that.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _cut(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _cut(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
