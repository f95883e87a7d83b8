"""UUID objects (RFC 4122), written for tessera from the documentation and observed
behaviour of CPython 3.11's uuid module.

A UUID holds its 128-bit value in .int (immutable); every other view (fields, bytes,
text) is computed from it. uuid1() cannot read a hardware address here: getnode() gives
a random 48-bit number with the multicast bit set, as the documentation allows."""

import os
import time
from enum import Enum

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

int_ = int      # the builtins, under names UUID's arguments do not hide
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (name, bit width, text describing the width) of each of the six fields, high to low.
_FIELDS = (('time_low', 32, 'a 32-bit'), ('time_mid', 16, 'a 16-bit'),
           ('time_hi_version', 16, 'a 16-bit'), ('clock_seq_hi_variant', 8, 'an 8-bit'),
           ('clock_seq_low', 8, 'an 8-bit'), ('node', 48, 'a 48-bit'))


def _from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _from_little_endian(data):
    if len(data) != 16:
        raise ValueError('bytes_le is not a 16-char string')
    # The first three fields are stored least significant byte first.
    return int_.from_bytes(_swap_first_fields(data), 'big')


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for n, ((_, width, wording), part) in enumerate(zip(_FIELDS, fields)):
        if not 0 <= part < 1 << width:
            raise ValueError('field %d out of range (need %s value)' % (n + 1, wording))
        value = (value << width) | part
    return value


def _stamped(value, version):
    """value with the RFC 4122 variant and the given version set (if any)."""
    if version is None:
        return value
    if version < 1 or version > 5:
        raise ValueError('illegal version number')
    # Variant bits 10 at the top of clock_seq_hi_variant, the version in the top nibble
    # of time_hi_version.
    cleared = value & ~((0xc000 << 48) | (0xf000 << 64))
    return cleared | (0x8000 << 48) | (version << 76)


# The variant, from the top three bits of clock_seq_hi_variant.
_VARIANT_OF_TOP_BITS = (RESERVED_NCS,) * 4 + (RFC_4122,) * 2 + (RESERVED_MICROSOFT,
                                                                   RESERVED_FUTURE)


class UUID:
    """A universally unique identifier. Build one from exactly one of: hex (a string of
    32 hex digits, possibly with braces, hyphens or a urn:uuid: prefix), bytes (16
    bytes, big-endian), bytes_le (16 bytes, first fields little-endian), fields (the six
    integer fields) or int (the 128-bit value); version sets the variant to RFC 4122 and
    the version number."""

    __slots__ = ('int', 'is_safe')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _from_hex(hex)
        elif bytes_le is not None:
            value = _from_little_endian(bytes_le)
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            value = _from_fields(fields)
        elif 0 <= int < 1 << 128:
            value = int
        else:
            raise ValueError('int is out of range (need a 128-bit value)')
        value = _stamped(value, version)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe'])
                           if 'is_safe' in state else SafeUUID.unknown)

    # Comparison and conversion ---------------------------------------------------------

    def _key(self, other):
        return other.int if isinstance(other, UUID) else None

    def __eq__(self, other):
        key = self._key(other)
        return NotImplemented if key is None else self.int == key

    def __lt__(self, other):
        key = self._key(other)
        return NotImplemented if key is None else self.int < key

    def __le__(self, other):
        key = self._key(other)
        return NotImplemented if key is None else self.int <= key

    def __gt__(self, other):
        key = self._key(other)
        return NotImplemented if key is None else self.int > key

    def __ge__(self, other):
        key = self._key(other)
        return NotImplemented if key is None else self.int >= key

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        digits = self.hex
        return '-'.join(digits[start:end] for start, end in _GROUPS)

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    # Views --------------------------------------------------------------------------------

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    bytes_le = property(lambda self: _swap_first_fields(self.bytes))

    fields = property(lambda self: tuple(getattr(self, name) for name, _, _ in _FIELDS))

    hex = property(lambda self: format(self.int, '032x'))

    urn = property(lambda self: 'urn:uuid:%s' % (self,))

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID."""
        low, mid, high = self.time_low, self.time_mid, self.time_hi_version & 0x0fff
        return (high << 48) | (mid << 32) | low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence of a version 1 UUID."""
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def variant(self):
        return _VARIANT_OF_TOP_BITS[(self.int >> 61) & 7]

    @property
    def version(self):
        """The version number (1 to 5) of an RFC 4122 UUID, else None."""
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


def _field_view(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _install_field_views():
    shift = 128
    for name, width, _ in _FIELDS:
        shift -= width
        setattr(UUID, name, _field_view(shift, width))


_install_field_views()

# Hex digit ranges of the five hyphen-separated groups of the text form.
_GROUPS = ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32))


def _swap_first_fields(data):
    """16 bytes with the first three fields' byte order reversed (either direction)."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


# Generation -----------------------------------------------------------------------------

_node = None


def getnode():
    """This host's 48-bit node number (here a random one, multicast bit set, fixed for
    the life of the program)."""
    global _node
    if _node is None:
        _node = int_.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


# 100-nanosecond intervals between 1582-10-15 (the Gregorian reform) and 1970-01-01.
_GREGORIAN_OFFSET = 0x01b21dd213814000
_last_stamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node number."""
    global _last_stamp
    stamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_stamp is not None and stamp <= _last_stamp:
        stamp = _last_stamp + 1
    _last_stamp = stamp
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), 'big') & 0x3fff
    fields = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff,
              getnode() if node is None else node)
    return UUID(fields=fields, version=1)


def _hashed(algorithm, namespace, name, version):
    import hashlib
    digest = getattr(hashlib, algorithm)(namespace.bytes + bytes_(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _hashed('md5', namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _hashed('sha1', namespace, name, 5)


# The name-space UUIDs of RFC 4122 appendix C differ only in their first hex group.
NAMESPACE_DNS, NAMESPACE_URL, NAMESPACE_OID, NAMESPACE_X500 = (
    UUID('6ba7b81%s-9dad-11d1-80b4-00c04fd430c8' % k) for k in '0124')
