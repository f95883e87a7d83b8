"""json.decoder: JSONDecoder and JSONDecodeError, over the scanner in `_json`."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

class JSONDecodeError(ValueError):
    """ValueError raised for a malformed JSON document.

    msg: the unformatted message; doc: the document; pos: the character offset of the
    error in it; lineno, colno: its line and column, both counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - line_start + 1
        where = f'line {self.lineno} column {self.colno} (char {pos})'
        ValueError.__init__(self, f'{msg}: {where}')

    def __reduce__(self):
        # Pickled with the three arguments; line and column follow from them.
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
# The default parse_constant; the scanner makes these floats itself when it is in use.
_default_constant = _CONSTANTS.__getitem__


def scanstring(s, end, strict=True):
    """The string whose body starts at index `end` of `s` (just after its opening
    quote), decoded, and the index after its closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


class JSONDecoder(object):
    """Decodes JSON text into Python objects: objects to dicts, arrays to lists, strings
    to str, numbers to int or float, true/false/null to True/False/None, and NaN,
    Infinity and -Infinity to floats."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring

    def _scan(self, s, idx, mode):
        constant = self.parse_constant
        if constant is _default_constant:
            constant = None
        return _json.scan(s, idx, mode, self.strict, self.object_hook,
                          self.object_pairs_hook, self.parse_float, self.parse_int,
                          constant, JSONDecodeError)

    def decode(self, s, _w=None):
        """The Python value of the JSON document `s` (a str), which may have whitespace
        around it but nothing else."""
        if type(self).raw_decode is not JSONDecoder.raw_decode:
            return self._decode_via_raw(s)
        return self._scan(s, 0, 0)

    def _decode_via_raw(self, s):
        idx = 0
        n = len(s)
        while idx < n and s[idx] in ' \t\n\r':
            idx += 1
        obj, end = self.raw_decode(s, idx=idx)
        while end < n and s[end] in ' \t\n\r':
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON value starting at index `idx` of `s`; returns it with the
        index where it ends. Text may follow it."""
        return self._scan(s, idx, 1)
