"""JSON (RFC 8259): `dumps`/`dump` write Python values as JSON text, `loads`/`load` read
them back. The scanner and the encoder are Rust (`_json`); the classes live in
json.encoder and json.decoder."""

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

# What an encoder or decoder built with no options does; calls that pass only defaults
# share one instance instead of building another.
_PLAIN_ENCODER = JSONEncoder()
_PLAIN_DECODER = JSONDecoder()

_ENCODER_DEFAULTS = {
    'skipkeys': False, 'ensure_ascii': True, 'check_circular': True,
    'allow_nan': True, 'indent': None, 'separators': None, 'default': None,
    'sort_keys': False,
}


def _encoder(cls, options, extra):
    """The encoder for one call: the shared plain one when nothing differs from the
    defaults, else `cls` (JSONEncoder when None) built with every option."""
    plain = cls is None and not extra and all(
        options[k] is v if v is None or isinstance(v, bool) else options[k] == v
        for k, v in _ENCODER_DEFAULTS.items())
    if plain:
        return _PLAIN_ENCODER
    return (JSONEncoder if cls is None else cls)(**options, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """`obj` as a JSON str."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    return _encoder(cls, options, kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Writes `obj` as JSON to `fp` (anything with a `write` method), chunk by chunk."""
    options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                   check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys)
    write = fp.write
    for piece in _encoder(cls, options, kw).iterencode(obj):
        write(piece)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes. A byte order mark names it;
    otherwise JSON text starts with ASCII, so the zero bytes among the first four tell
    UTF-16 and UTF-32 and their byte order apart."""
    boms = (
        (b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
        (b'\xef\xbb\xbf', 'utf-8-sig'), (b'\xfe\xff', 'utf-16'), (b'\xff\xfe', 'utf-16'),
    )
    for bom, name in boms:
        if b.startswith(bom):
            return name
    head = b[:4]
    zero = [x == 0 for x in head]
    if len(head) >= 4:
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(head) == 2:
        if zero[0]:
            return 'utf-16-be'
        if zero[1]:
            return 'utf-16-le'
    return 'utf-8'


def _text_of(s):
    """The document as a str: bytes are decoded by `detect_encoding`."""
    if isinstance(s, str):
        if s[:1] == '\ufeff':
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        kind = type(s).__name__
        raise TypeError('the JSON object must be str, bytes or bytearray, not ' + kind)
    encoding = detect_encoding(s)
    if encoding == 'utf-8-sig':
        return s[3:].decode('utf-8', 'surrogatepass')
    return s.decode(encoding, 'surrogatepass')


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document `s` (str, bytes or bytearray)."""
    text = _text_of(s)
    hooks = {name: hook for name, hook in (
        ('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
        ('parse_float', parse_float), ('parse_int', parse_int),
        ('parse_constant', parse_constant)) if hook is not None}
    if cls is None and not hooks and not kw:
        return _PLAIN_DECODER.decode(text)
    hooks.update(kw)
    return (JSONDecoder if cls is None else cls)(**hooks).decode(text)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from `fp` (anything with `read`)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
