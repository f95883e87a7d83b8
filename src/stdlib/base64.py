"""Base16, Base32 and Base64 encodings (RFC 4648), over binascii."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode',
           'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray, memoryview)


def _ascii_bytes(s):
    """Input to a decoder: bytes-like as is, str only when it is pure ASCII."""
    if isinstance(s, memoryview):
        return s.tobytes()
    if isinstance(s, bytes_types):
        return s
    if not isinstance(s, str):
        raise TypeError('argument should be a bytes-like object or ASCII string, '
                        'not %r' % type(s).__name__)
    if not s.isascii():
        raise ValueError('string argument should contain only ASCII characters')
    return s.encode('ascii')


def _require_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    if isinstance(s, memoryview):
        return s.tobytes()
    return s


def _swap(s, table):
    """`s` with each byte b replaced by table.get(b, b)."""
    return bytes([table.get(b, b) for b in s])


def b64encode(s, altchars=None):
    """Base64 of the bytes `s`; `altchars` (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(_require_bytes(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, {43: altchars[0], 47: altchars[1]})
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes encoded in Base64 by `s` (bytes or ASCII str). Characters outside the
    alphabet are discarded unless `validate`, which makes them an error."""
    s = _ascii_bytes(s)
    if altchars is not None:
        altchars = _ascii_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, {altchars[0]: 43, altchars[1]: 47})
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    s = _ascii_bytes(s)
    return b64decode(_swap(s, {45: 43, 95: 47}))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B32_PAD = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _require_bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        quanta = [alphabet[(n >> shift) & 31] for shift in range(35, -5, -5)]
        pad = _B32_PAD.get(len(chunk), 0)
        if pad:
            quanta[-pad:] = [61] * pad
        out.extend(quanta)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _ascii_bytes(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _ascii_bytes(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, {48: 79, 49: map01[0]})
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = []
    for i in range(0, len(stripped), 8):
        quantum = stripped[i:i + 8]
        acc = 0
        for c in quantum:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | v
        acc <<= 5 * (8 - len(quantum))
        out.append(acc.to_bytes(5, 'big'))
    result = b''.join(out)
    if padchars and s:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error('Incorrect padding')
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        result = result[:len(result) - 5 + keep]
    return result


def b32encode(s):
    """Base32 of the bytes `s`."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes encoded in Base32 by `s`; `casefold` accepts lower case, `map01` maps
    the digit 1 to that letter (and 0 to O)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16 (upper-case hex) of the bytes `s`."""
    return binascii.hexlify(_require_bytes(s)).upper()


def b16decode(s, casefold=False):
    """The bytes encoded in Base16 by `s`; lower case only with `casefold`."""
    s = _ascii_bytes(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending with a newline."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """The bytes of Base64 text in lines."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64 of the binary file `input`, written to the binary file `output`."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """The bytes of the Base64 file `input`, written to the binary file `output`."""
    output.write(binascii.a2b_base64(input.read()))
