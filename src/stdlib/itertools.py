"""Functions creating iterators for efficient looping.

A pure-Python implementation following CPython 3.11's semantics: argument
errors are raised when the iterator is created (not on the first next()),
and iterators are consumed exactly as far as CPython consumes them.
"""

import sys as _sys

__all__ = [
    'accumulate', 'chain', 'combinations', 'combinations_with_replacement',
    'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
    'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
    'takewhile', 'tee', 'zip_longest',
]


def _as_index(n):
    if isinstance(n, int):
        return n
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    return index(n)


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


################################################################################
### infinite iterators
################################################################################

class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)

    def __reduce__(self):
        if isinstance(self._step, int) and self._step == 1:
            return type(self), (self._cnt,)
        return type(self), (self._cnt, self._step)


def _cycle_gen(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """cycle(iterable) --> elements of iterable, then repeated forever."""
    return _cycle_gen(iter(iterable))


class repeat:
    """repeat(object [,times]) -> object repeated times times, or forever."""

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            times = _as_index(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt == -1:
            return '%s(%r)' % (name, self._element)
        return '%s(%r, %d)' % (name, self._element, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return type(self), (self._element,)
        return type(self), (self._element, self._cnt)


################################################################################
### iterators terminating on the shortest input
################################################################################

# Implemented in Rust: random.choices runs it over every weight.
from _itertools import accumulate


class chain:
    """chain(*iterables) --> elements of each iterable in turn."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    break
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


def _compress_gen(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress_gen(iter(data), iter(selectors))


def _dropwhile_gen(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile_gen(predicate, iter(iterable))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse_gen(function, iter(iterable))


_NOTHING = object()


class groupby:
    """make an iterator that returns consecutive keys and groups."""

    # Mirrors the C implementation's fields: a group iterator is only live
    # while it is the parent's _currgrouper, and values are fetched lazily.

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NOTHING
        self._currkey = _NOTHING
        self._currvalue = _NOTHING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NOTHING:
                pass
            elif self._tgtkey is _NOTHING:
                break
            elif not (self._tgtkey is self._currkey
                      or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NOTHING:
            gbo._step()
        if not (self._tgtkey is gbo._currkey or self._tgtkey == gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NOTHING
        gbo._currkey = _NOTHING
        return r


_MAXSIZE = _sys.maxsize


def _as_ssize(x):
    # Conversion to a C Py_ssize_t; None where CPython's fails (non-integer
    # or out of range), which islice reports as its own ValueError.
    if not isinstance(x, int):
        index = getattr(type(x), '__index__', None)
        if index is None:
            return None
        x = index(x)
    if x > _MAXSIZE or x < -_MAXSIZE - 1:
        return None
    return x


_STOP_MSG = ('Stop argument for islice() must be None or an integer: '
             '0 <= x <= sys.maxsize.')
_INDEX_MSG = ('Indices for islice() must be None or an integer: '
              '0 <= x <= sys.maxsize.')
_STEP_MSG = 'Step for islice() must be a positive integer or None.'


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        nargs = len(args)
        if nargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d'
                            % nargs)
        if nargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % nargs)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        if nargs == 2:
            if args[1] is not None:
                stop = _as_ssize(args[1])
                if stop is None or stop == -1:
                    raise ValueError(_STOP_MSG)
        else:
            if args[1] is not None:
                start = _as_ssize(args[1])
                if start is None:
                    start = -1
            if args[2] is not None:
                stop = _as_ssize(args[2])
                if stop is None or stop == -1:
                    raise ValueError(_STOP_MSG)
        if start < 0 or stop < -1:
            raise ValueError(_INDEX_MSG)
        if nargs == 4 and args[3] is not None:
            step = _as_ssize(args[3])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError(_STEP_MSG)
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


def _pairwise_gen(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b


def pairwise(iterable):
    """Return successive overlapping pairs taken from the input iterable."""
    return _pairwise_gen(iter(iterable))


def _starmap_gen(function, it):
    for args in it:
        if type(args) is not tuple:
            # CPython converts with tuple(), which gives its error message.
            args = tuple(args)
        yield function(*args)


def starmap(function, iterable):
    """Return function(*args) for each args tuple of the iterable."""
    return _starmap_gen(function, iter(iterable))


def _takewhile_gen(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries from an iterable while predicate is true."""
    return _takewhile_gen(predicate, iter(iterable))


class _tee:
    """Iterator wrapped to make it copyable."""

    # Tees sharing one source walk a singly linked list of [value, next]
    # cells; the tail cell has next None until some tee fetches its value.

    def __init__(self, it, link=None):
        self._it = it
        if link is None:
            link = [None, None]
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            # Another tee may have filled the cell while next() ran.
            if link[1] is None:
                link[0] = value
                link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyfunc = getattr(it, '__copy__', None)
    if copyfunc is not None:
        copyable = it
    else:
        copyable = _tee(it)
        copyfunc = copyable.__copy__
    result = [copyable]
    for _ in range(1, n):
        result.append(copyfunc())
    return tuple(result)


def _zip_longest_gen(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    active = [True] * num_active
    while True:
        values = []
        for i in range(len(iterators)):
            if not active[i]:
                values.append(fillvalue)
                continue
            try:
                value = next(iterators[i])
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                active[i] = False
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Aggregate elements from each iterable, padding with fillvalue."""
    return _zip_longest_gen([iter(it) for it in iterables], fillvalue)


################################################################################
### combinatoric iterators
################################################################################

def _product_gen(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def product(*iterables, repeat=1):
    """Cartesian product of input iterables."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product_gen(pools)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[k] for k in indices[:r]])
    while n:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        else:
            return


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[k] for k in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_gen(tuple(iterable), r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[k] for k in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations allowing repeated elements."""
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr_gen(tuple(iterable), r)
