"""HMAC (RFC 2104): keyed message authentication over any hashlib algorithm."""

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

digest_size = None


def _constructor(digestmod):
    """A function making a fresh hash object (optionally fed bytes) for `digestmod`: a
    constructor, a hashlib algorithm name, or a module with `new`."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


def _xor_pad(key, byte):
    return bytes(k ^ byte for k in key)


class HMAC:
    """An HMAC computation: update() with message bytes, then digest()/hexdigest().
    Keeps two running hashes: the inner one (key ^ 0x36, then the message) and the
    outer one (key ^ 0x5c), which digest() finishes with the inner digest."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r"
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        inner_hash = make()
        # Hashes with a tiny block (or none reported) get HMAC's classic 64 bytes.
        block = getattr(inner_hash, 'block_size', 64)
        block = block if block >= 16 else self.blocksize
        key = bytes(key)
        if len(key) > block:
            key = make(key).digest()
        key = key.ljust(block, b'\0')
        inner_hash.update(_xor_pad(key, 0x36))
        outer_hash = make()
        outer_hash.update(_xor_pad(key, 0x5C))
        self._make, self._inner_hash, self._outer_hash = make, inner_hash, outer_hash
        self.digest_size = inner_hash.digest_size
        self.block_size = block
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner_hash.name

    def update(self, msg):
        self._inner_hash.update(msg)

    def copy(self):
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner_hash = self._inner_hash.copy()
        twin._outer_hash = self._outer_hash.copy()
        return twin

    def _finished(self):
        final = self._outer_hash.copy()
        final.update(self._inner_hash.digest())
        return final

    def digest(self):
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


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
    # Every byte is looked at whatever the first difference, so the time says nothing
    # about where it is.
    diff = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        diff |= x ^ y
    return diff == 0
