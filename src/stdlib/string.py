"""Character classes as strings (ASCII only), `capwords`, and `Template`, the `$name`
substitution of PEP 292."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(map(str, range(10)))
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# Every printable ASCII character that is neither a letter, a digit nor a space.
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """`s` with each word capitalized: split on `sep` (runs of whitespace when None,
    which also drops the leading and trailing ones) and joined back with `sep` (a single
    space when None)."""
    words = s.split(sep)
    return (' ' if sep is None else sep).join(w.capitalize() for w in words)


def _matcher(cls):
    """The compiled pattern of a Template class: its own `pattern` when it gives one
    (compiled with its `flags` and VERBOSE when a string), else one built from its
    `delimiter`, `idpattern`, `braceidpattern` and `flags`."""
    flags = cls.flags | _re.VERBOSE
    if 'pattern' in cls.__dict__:
        own = cls.__dict__['pattern']
        return _re.compile(own, flags) if isinstance(own, str) else own
    delim = _re.escape(cls.delimiter)
    braced = cls.braceidpattern or cls.idpattern
    source = (delim + '(?:(?P<escaped>' + delim + ')|(?P<named>' + cls.idpattern
              + ')|{(?P<braced>' + braced + ')}|(?P<invalid>))')
    return _re.compile(source, flags)


class Template:
    """A string with `$name` or `${name}` placeholders (and `$$` for a dollar sign)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.pattern = _matcher(cls)

    def __init__(self, template):
        self.template = template

    def _where(self, index):
        before = self.template[:index]
        line = before.count('\n') + 1
        # Counted from 1, at the delimiter: the invalid part starts one after it.
        col = index - (before.rfind('\n') + 1)
        return 'Invalid placeholder in string: line %d, col %d' % (line, col)

    def _fill(self, mapping, kws, keep_unknown):
        if mapping is None:
            values = kws
        elif kws:
            values = _Layered(kws, mapping)
        else:
            values = mapping

        def replace(m):
            key = m.group('named')
            if key is None:
                key = m.group('braced')
            if key is not None:
                if not keep_unknown:
                    return str(values[key])
                try:
                    return str(values[key])
                except KeyError:
                    return m.group()
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                if keep_unknown:
                    return m.group()
                raise ValueError(self._where(m.start('invalid')))
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=None, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing name,
        ValueError for a delimiter followed by nothing valid."""
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        """As `substitute`, but unknown names and stray delimiters stay as they are."""
        return self._fill(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        for m in self.pattern.finditer(self.template):
            if m.group('invalid') is not None:
                return False
            if m.group('named') is None and m.group('braced') is None \
                    and m.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The names the template's valid placeholders use, each once, in order."""
        seen = []
        for m in self.pattern.finditer(self.template):
            name = m.group('named') or m.group('braced')
            if name is not None:
                if name not in seen:
                    seen.append(name)
            elif m.group('invalid') is None and m.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return seen


Template.pattern = _matcher(Template)


class _Layered:
    """Keyword arguments over a mapping: the keywords win."""

    def __init__(self, front, back):
        self._front, self._back = front, back

    def __getitem__(self, key):
        if key in self._front:
            return self._front[key]
        return self._back[key]
