"""Conversion between Python values and C structs packed into bytes.

Format strings start with an optional byte order (@ native with alignment, = native
order with standard sizes, < little-endian, > and ! big-endian) followed by format
codes, each optionally preceded by a repeat count. The work is done in Rust (`_struct`).
"""

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


_struct._init(error)

from _struct import pack, unpack, calcsize, pack_into, unpack_from, iter_unpack


class Struct:
    """A compiled format: `Struct(format)` with the module's functions as methods."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not '
                            + type(format).__name__)
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
