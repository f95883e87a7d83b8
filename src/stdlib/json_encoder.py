"""json.encoder: JSONEncoder, over the encoder in `_json`."""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
INFINITY = float('inf')


class JSONEncoder(object):
    """Encodes Python values as JSON: dicts as objects, lists and tuples as arrays, str
    as strings, int and float (and their subclasses) as numbers, True/False/None as
    true/false/null. Anything else goes to `default`, whose result is encoded instead."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        # Indented output ends its lines after the comma, so it drops the space.
        if separators is None:
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object the encoder cannot serialize; returns something it can,
        or raises TypeError (this implementation always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`, as a str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if type(self).iterencode is JSONEncoder.iterencode:
            return self._encode(o)
        # A subclass's own iterencode decides the pieces.
        return ''.join(self.iterencode(o, _one_shot=True))

    def _encode(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                            self.allow_nan, self.sort_keys, indent, self.key_separator,
                            self.item_separator, self.default)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` as an iterable of str chunks (here, one chunk)."""
        text = self._encode(o)
        if _one_shot:
            return [text]
        return iter([text])
