"""Random numbers and tokens for security purposes, written for tessera from the
documentation and observed behaviour of CPython 3.11's secrets module. Everything draws
from the operating system's entropy source through random.SystemRandom / os.urandom."""

import base64 as _base64
import os as _os
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

# Bytes of randomness in a token when no size is given.
DEFAULT_ENTROPY = 32

_source = SystemRandom()

choice = _source.choice
randbits = _source.getrandbits


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    return _os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text of hex digits, two per byte of randomness."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe Base64 text (no '=' padding), about 1.3 characters a byte."""
    raw = _base64.urlsafe_b64encode(token_bytes(nbytes))
    return raw.rstrip(b'=').decode('ascii')
