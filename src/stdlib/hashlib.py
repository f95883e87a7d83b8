"""Secure hashes and message digests: md5, sha1, the sha2 and sha3 families, blake2b,
blake2s and the shake XOFs. The hashing is done in Rust (`_hashlib`)."""

import _hashlib

algorithms_guaranteed = frozenset({
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
    'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'blake2b', 'blake2s'})
algorithms_available = frozenset(algorithms_guaranteed | {'sha512_224', 'sha512_256'})

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest')

_NO_DATA = object()


class _Hash:
    """A hash object: feed it bytes with update(), read digest() or hexdigest()."""

    __slots__ = ('_state', 'name', 'digest_size', 'block_size')

    def __init__(self, state, name, digest_size, block_size):
        self._state = state
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size

    def update(self, data):
        _hashlib.update(self._state, data)

    def digest(self, *args):
        if args:
            raise TypeError('HASH.digest() takes no arguments (%d given)' % len(args))
        return _hashlib.digest(self._state, 0)

    def hexdigest(self, *args):
        if args:
            raise TypeError('HASH.hexdigest() takes no arguments (%d given)' % len(args))
        return _hashlib.digest(self._state, 0).hex()

    def copy(self):
        return type(self)(_hashlib.copy(self._state), self.name, self.digest_size,
                          self.block_size)

    def __repr__(self):
        return '<%s HASH object>' % self.name


class _Shake(_Hash):
    """A SHAKE extendable-output hash: digest(length) and hexdigest(length)."""

    __slots__ = ()

    def digest(self, *args, **kwargs):
        return _hashlib.digest(self._state, _length('digest', args, kwargs))

    def hexdigest(self, *args, **kwargs):
        return _hashlib.digest(self._state, _length('hexdigest', args, kwargs)).hex()


def _length(fname, args, kwargs):
    """The `length` argument of a SHAKE digest, checked as CPython's clinic does."""
    if len(args) + len(kwargs) > 1 or (kwargs and 'length' not in kwargs):
        raise TypeError('%s() takes exactly one argument (length)' % fname)
    if args:
        n = args[0]
    elif kwargs:
        n = kwargs['length']
    else:
        raise TypeError("%s() missing required argument 'length' (pos 1)" % fname)
    if not isinstance(n, int):
        if not hasattr(type(n), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__)
        n = n.__index__()
    if n < 0:
        raise ValueError('length must be non-negative')
    return n


def _make(name, data, string):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    state, canon, size, block = _hashlib.new(name)
    cls = _Shake if canon.startswith('shake') else _Hash
    h = cls(state, canon, size, block)
    if data is not _NO_DATA and string is not None:
        raise TypeError("'data' and 'string' are mutually exclusive and support for "
                        "'string' keyword parameter is slated for removal in a future "
                        "version.")
    if data is _NO_DATA:
        data = string
    if data is not None:
        h.update(data)
    return h


def new(name, data=_NO_DATA, *, usedforsecurity=True, string=None):
    """A new hash object of the algorithm `name` (case-insensitive), fed `data`."""
    return _make(name, data, string)


def _constructor(name):
    def construct(data=_NO_DATA, *, usedforsecurity=True, string=None):
        return _make(name, data, string)
    construct.__name__ = construct.__qualname__ = 'openssl_' + name
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')
blake2b = _constructor('blake2b')
blake2s = _constructor('blake2s')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object of `digest` (a name or a constructor) fed everything read from
    the binary file `fileobj`."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getvalue())
        return digestobj
    # CPython requires readinto; this VM's binary files read into new bytes instead.
    if not ((hasattr(fileobj, 'readinto') or hasattr(fileobj, 'read'))
            and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
