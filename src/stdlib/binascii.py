"""Conversions between binary data and ASCII encodings (hex, base64) and CRCs; the
work is done in Rust (`_binascii`)."""

import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_binascii._init(Error)

from _binascii import (hexlify, unhexlify, b2a_base64, a2b_base64, crc32, crc_hqx)

b2a_hex = hexlify
a2b_hex = unhexlify
