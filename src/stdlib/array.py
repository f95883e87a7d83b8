"""Arrays of numbers or characters stored compactly as machine values.

Written for tessera from the documentation of CPython's array module and its observed
behaviour. The items live in a native store (the Rust module _array); this class gives it
the sequence protocol. This VM has no buffer protocol: bytes(a) works through __bytes__,
memoryview(a) and passing an array where bytes are expected do not.
"""

import _array

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_BAD_CODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"


def _index(value):
    if isinstance(value, int):
        return int(value)
    hook = getattr(type(value), "__index__", None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return hook(value)


def _wrap(store):
    fresh = array.__new__(array, _array.code(store))
    fresh._store = store
    return fresh


class array:
    """array(typecode [, initializer]) -> array"""

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(code).__name__)
        if code not in typecodes:
            raise ValueError(_BAD_CODE)
        self = object.__new__(cls)
        self._store = _array.make(code)
        if len(args) == 2:
            self._fill_from(code, args[1])
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _fill_from(self, code, source):
        if isinstance(source, str):
            if code != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % code)
            _array.load_text(self._store, source)
        elif isinstance(source, (bytes, bytearray)):
            _array.load_bytes(self._store, source)
        elif isinstance(source, array):
            if source.typecode == "u" and code != "u":
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % code)
            _array.push_values(self._store, source.tolist(), False)
        else:
            _array.push_values(self._store, source, False)

    # Attributes.

    @property
    def typecode(self):
        return _array.code(self._store)

    @property
    def itemsize(self):
        return _array.itemsize(self._store)

    def buffer_info(self):
        # No real address is exposed: the identity stands in for it.
        return (id(self._store), len(self))

    # Sequence protocol.

    def __len__(self):
        return _array.length(self._store)

    def __iter__(self):
        store = self._store
        at = 0
        while at < _array.length(store):
            yield _array.get(store, at)
            at += 1

    def __contains__(self, value):
        return _array.find(self._store, value, 0, len(self)) >= 0

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            return _wrap(_array.take(self._store, start, stop, step))
        if not isinstance(key, int) and not hasattr(type(key), "__index__"):
            raise TypeError("array indices must be integers")
        return _array.get(self._store, _index(key))

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            start, stop, step = key.indices(len(self))
            _array.splice(self._store, start, stop, step, value._store)
            return
        if not isinstance(key, int) and not hasattr(type(key), "__index__"):
            raise TypeError("array indices must be integers")
        _array.put(self._store, _index(key), value)

    def __delitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            _array.drop_range(self._store, start, stop, step)
            return
        if not isinstance(key, int) and not hasattr(type(key), "__index__"):
            raise TypeError("array indices must be integers")
        _array.remove_at(self._store, _index(key))

    # Building and editing.

    def append(self, value):
        _array.insert_at(self._store, len(self), value)

    def insert(self, i, value):
        _array.insert_at(self._store, _index(i), value)

    def extend(self, iterable):
        if isinstance(iterable, array):
            if not _array.same_kind(self._store, iterable._store):
                raise TypeError("can only extend with array of same kind")
            _array.push_store(self._store, iterable._store)
        else:
            _array.push_values(self._store, iterable, False)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        _array.push_values(self._store, items, True)

    def frombytes(self, data):
        _array.load_bytes(self._store, data)

    def fromunicode(self, text):
        if not isinstance(text, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(text).__name__)
        if self.typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        _array.load_text(self._store, text)

    def pop(self, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 1 argument, got %d" % len(args))
        where = _index(args[0]) if args else -1
        return _array.pop_at(self._store, where)

    def remove(self, value):
        at = _array.find(self._store, value, 0, len(self))
        if at < 0:
            raise ValueError("array.remove(x): x not in array")
        _array.remove_at(self._store, at)

    def index(self, value, *bounds):
        if len(bounds) > 2:
            raise TypeError("index expected at most 3 arguments, got %d" % (len(bounds) + 1))
        size = len(self)
        lo, hi = 0, size
        if bounds:
            lo = _index(bounds[0])
            lo = max(lo + size, 0) if lo < 0 else lo
        if len(bounds) > 1:
            hi = _index(bounds[1])
            hi = max(hi + size, 0) if hi < 0 else hi
        at = _array.find(self._store, value, lo, hi)
        if at < 0:
            raise ValueError("array.index(x): x not in array")
        return at

    def count(self, value):
        return _array.tally(self._store, value)

    def reverse(self):
        _array.reverse(self._store)

    def byteswap(self):
        _array.swap_bytes(self._store)

    # Conversions.

    def tobytes(self):
        return _array.raw(self._store)

    def __bytes__(self):
        # CPython reaches the items through the buffer protocol; this VM has none, so
        # bytes(a) goes through __bytes__ to give the same result.
        return self.tobytes()

    def tolist(self):
        return _array.values(self._store)

    def tounicode(self):
        if self.typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return _array.text(self._store)

    def __repr__(self):
        code = self.typecode
        name = type(self).__name__
        if not len(self):
            return "%s(%r)" % (name, code)
        items = self.tounicode() if code == "u" else self.tolist()
        return "%s(%r, %r)" % (name, code, items)

    # Operators.

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if not _array.same_kind(self._store, other._store):
            raise TypeError("bad argument type for built-in operation")
        return _wrap(_array.joined(self._store, other._store))

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def _times(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return _array.repeat(self._store, _index(n))

    def __mul__(self, n):
        return _wrap(self._times(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._store = self._times(n)
        return self

    def _compare(self, other, symbol):
        if not isinstance(other, array):
            if symbol in ("==", "!="):
                return NotImplemented
            raise TypeError("'%s' not supported between instances of 'array.array' and '%s'"
                            % (symbol, type(other).__name__))
        return self.tolist(), other.tolist()

    def __eq__(self, other):
        pair = self._compare(other, "==")
        return pair if pair is NotImplemented else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare(other, "!=")
        return pair if pair is NotImplemented else pair[0] != pair[1]

    def __lt__(self, other):
        mine, theirs = self._compare(other, "<")
        return mine < theirs

    def __le__(self, other):
        mine, theirs = self._compare(other, "<=")
        return mine <= theirs

    def __gt__(self, other):
        mine, theirs = self._compare(other, ">")
        return mine > theirs

    def __ge__(self, other):
        mine, theirs = self._compare(other, ">=")
        return mine >= theirs

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    # Copying and pickling.

    def __copy__(self):
        return _wrap(_array.clone(self._store))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self.typecode, self.tolist()))


ArrayType = array
