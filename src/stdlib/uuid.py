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
    swapped = data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]
    return int_.from_bytes(swapped, 'big')


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for n, ((_, width, wording), part) in enumerate(zip(_FIELDS, fields)):
        if not 0 <= part < 1 << width:
            raise ValueError('field %d out of range (need %s value)' % (n + 1, wording))
        value = (value << width) | part
    return value


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
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant bits 10x, then the version in the top nibble of time_hi_version.
            value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
            value = (value & ~(0xf000 << 64)) | (version << 76)
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

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20],
                         digits[20:]))

    # Views --------------------------------------------------------------------------------

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        data = self.bytes
        return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111
        if not top & 0b100:
            return RESERVED_NCS
        if not top & 0b010:
            return RFC_4122
        if not top & 0b001:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


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


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
