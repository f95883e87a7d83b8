"""HMAC (RFC 2104): keyed message authentication over any hashlib algorithm."""

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def _digest_factory(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """An HMAC computation: update() with message bytes, then digest()/hexdigest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _digest_factory(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', 64)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = key + bytes(blocksize - len(key))
        self._outer.update(bytes(trans_5C[b] for b in key))
        self._inner.update(bytes(trans_36[b] for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for `key`, fed `msg`, over the hash `digestmod` (a name, a
    constructor or a module with `new`)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` under `key` with the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b for two str (ASCII) or two bytes-like values, in time that depends on
    their length only."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode('ascii')
            b = b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not "
                            "supported")
    elif not (isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray))):
        if isinstance(a, str) or isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        raise TypeError("unsupported operand types(s) or combination of types: "
                        "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
