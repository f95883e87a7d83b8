"""Message catalogues (GNU gettext .mo files) for tessera, written from the documentation
of CPython 3.11's gettext module and its observed behaviour.

Plural-Forms expressions are C expressions; ``c2py`` reads one with a small parser of
its own, refusing every token but n, integers, operators and parentheses, and compiles
the Python expression it writes from them.
"""

import os
import sys

__all__ = [
    'NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
    'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext',
    'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext',
]


def _install_prefix():
    exe = getattr(sys, 'executable', '') or ''
    if not exe:
        return os.getcwd()
    return os.path.dirname(os.path.dirname(os.path.abspath(exe)))


_default_localedir = os.path.join(_install_prefix(), 'share', 'locale')


# ---------------------------------------------------------------- plural expressions

_MAX_LENGTH = 1000
_MAX_NESTING = 20
_TWO_CHAR = ('||', '&&', '==', '!=', '<=', '>=')
_ONE_CHAR = '<>+-*/%!?:()'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _tokens(text):
    """Yields the tokens of a plural expression; ends with '' (the end marker)."""
    i = 0
    size = len(text)
    while i < size:
        c = text[i]
        if c == ' ' or c == '\t':
            i += 1
            continue
        if _is_word_char(c):
            j = i
            while j < size and _is_word_char(text[j]):
                j += 1
            word = text[i:j]
            if word != 'n' and not ('0' <= word[0] <= '9' and word.isdigit()):
                raise ValueError(f'invalid token in plural form: {word}')
            yield word
            i = j
            continue
        pair = text[i:i + 2]
        if pair in _TWO_CHAR:
            yield pair
            i += 2
            continue
        if c in _ONE_CHAR:
            yield c
            i += 1
            continue
        raise ValueError(f'invalid token in plural form: {c}')
    yield ''


class _Reader:
    """Recursive descent over the tokens with C's precedence, writing the expression out
    as Python source. Each result is (text, kind); kind is 'cmp' for a comparison and
    'cond' for a conditional expression, which are put in parentheses where Python would
    read them differently (Python chains comparisons). '!' becomes ``not``, which in
    Python takes in the comparison and arithmetic that follow it: CPython's c2py reads
    plural forms that way too, and so gives the same numbers (and the same SyntaxError
    for a ``!`` right of an operator)."""

    def __init__(self, text):
        self._tokens = _tokens(text)
        self._depth = 0
        self.token = next(self._tokens)

    def advance(self):
        self.token = next(self._tokens)

    def unexpected(self):
        if self.token == '':
            return ValueError('unexpected end of plural form')
        return ValueError(f'unexpected token in plural form: {self.token}')

    def expression(self):
        test = self.binary(0)
        if self.token != '?':
            return test
        self.advance()
        then = self.expression()
        if self.token != ':':
            raise self.unexpected()
        self.advance()
        other = self.expression()
        if then[1] == 'cond':
            then = ('(%s)' % then[0], 'paren')
        return ('%s if %s else %s' % (then[0], test[0], other[0]), 'cond')

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        operators, kind = _LEVELS[level]
        while self.token in operators:
            op = _PYTHON_OPERATOR.get(self.token, self.token)
            self.advance()
            right = self.binary(level + 1)
            left = ('%s %s %s' % (_operand(left), op, _operand(right)), kind)
        return left

    def unary(self):
        if self.token == '!':
            self.advance()
            return ('not ' + self.unary()[0], 'not')
        return self.primary()

    def primary(self):
        tok = self.token
        if tok == 'n':
            self.advance()
            return ('n', 'atom')
        if tok and tok[0].isdigit():
            self.advance()
            return (str(int(tok)), 'atom')
        if tok == '(':
            self._depth += 1
            if self._depth > _MAX_NESTING:
                raise ValueError('plural form expression is too complex')
            self.advance()
            inner = self.expression()
            if self.token != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.advance()
            self._depth -= 1
            return ('(%s)' % inner[0], 'paren')
        raise self.unexpected()


# Binary operators from the loosest to the tightest, with the kind of their result.
_LEVELS = (
    (('||',), 'logic'),
    (('&&',), 'logic'),
    (('==', '!='), 'cmp'),
    (('<', '>', '<=', '>='), 'cmp'),
    (('+', '-'), 'arith'),
    (('*', '/', '%'), 'arith'),
)
_PYTHON_OPERATOR = {'||': 'or', '&&': 'and', '/': '//'}


def _operand(part):
    text, kind = part
    return '(%s)' % text if kind == 'cmp' else text


def _plural_number(n):
    """Checks the count given to a plural function: an int, or (deprecated) a number
    that rounds to one."""
    if isinstance(n, int):
        return
    try:
        round(n)
    except TypeError:
        raise TypeError(f'Plural value must be an integer, got {type(n).__name__}') from None
    import warnings
    warnings.warn(f'Plural value must be an integer, got {type(n).__name__}',
                  DeprecationWarning, 4)


def c2py(plural):
    """Turns the C expression of a Plural-Forms header into a function of n that gives
    the index of the plural form."""
    if len(plural) > _MAX_LENGTH:
        raise ValueError('plural form expression is too long')
    reader = _Reader(plural)
    text = reader.expression()[0]
    if reader.token != '':
        raise reader.unexpected()
    # The source holds only n, integers, operators, parentheses and the words not, and,
    # or, if, else: every other token was refused above.
    body = eval(compile('lambda n: int(%s)' % text, '<plural form>', 'eval'),
                {'__builtins__': {}, 'int': int})

    def func(n):
        _plural_number(n)
        return body(n)

    return func


# ---------------------------------------------------------------- translations

class NullTranslations:
    """Translates nothing: every message comes back as it is (or from the fallback)."""

    def __init__(self, fp=None):
        self._fallback = None
        self._charset = None
        self._info = {}
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        """Reads the catalogue from binary file `fp`: nothing to read here."""

    def add_fallback(self, fallback):
        if self._fallback is None:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        if self._fallback is not None:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback is not None:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback is not None:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback is not None:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        """The catalogue's header as a dict (lower-cased keys)."""
        return self._info

    def charset(self):
        """The charset the header names, or None."""
        return self._charset

    def install(self, names=None):
        """Binds ``_`` in builtins to this gettext, and the methods in `names` (any of
        gettext, ngettext, pgettext, npgettext) under their own names."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            wanted = set(names)
            for name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                if name in wanted:
                    builtins.__dict__[name] = getattr(self, name)


def _germanic(n):
    return int(n != 1)


class GNUTranslations(NullTranslations):
    """A catalogue read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        import struct
        data = fp.read()
        where = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = _germanic
        (magic,) = struct.unpack('<I', data[:4])
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', where)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, f'Bad version number {major}', where)
        pair = order + 'II'
        size = len(data)
        for index in range(count):
            olen, ooff = struct.unpack(pair, data[originals + 8 * index:originals + 8 * index + 8])
            tlen, toff = struct.unpack(pair,
                                       data[translations + 8 * index:translations + 8 * index + 8])
            if ooff + olen >= size or toff + tlen >= size:
                raise OSError(0, 'File is corrupt', where)
            original = data[ooff:ooff + olen]
            translated = data[toff:toff + tlen]
            if olen == 0:
                self._read_header(translated)
            encoding = self._charset or 'ascii'
            if b'\x00' in original:
                singular, _plural = original.split(b'\x00')
                key = str(singular, encoding)
                for form, text in enumerate(translated.split(b'\x00')):
                    catalog[(key, form)] = str(text, encoding)
            else:
                catalog[str(original, encoding)] = str(translated, encoding)

    def _read_header(self, raw):
        # The header is decoded with the charset it declares itself.
        encoding = 'ascii'
        for line in raw.split(b'\n'):
            name, colon, value = line.partition(b':')
            if colon and name.strip().lower() == b'content-type' and b'charset=' in value:
                encoding = value.split(b'charset=')[1].strip().decode('ascii')
        last = None
        for line in str(raw, encoding).split('\n'):
            line = line.strip()
            if not line:
                continue
            if ':' in line:
                name, value = line.split(':', 1)
                name = name.strip().lower()
                value = value.strip()
                self._info[name] = value
                last = name
                if name == 'content-type':
                    self._charset = value.split('charset=')[1]
                elif name == 'plural-forms':
                    expression = value.split(';')[1].split('plural=')[1]
                    self.plural = c2py(expression)
            elif last:
                self._info[last] += '\n' + line

    def gettext(self, message):
        found = self._catalog.get(message, _MISSING)
        if found is _MISSING:
            # A plural entry answers for its singular too, with the form for n = 1.
            found = self._catalog.get((message, self.plural(1)), _MISSING)
        if found is _MISSING:
            if self._fallback is not None:
                return self._fallback.gettext(message)
            return message
        return found

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback is not None:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        key = self.CONTEXT % (context, message)
        found = self._catalog.get(key, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((key, self.plural(1)), _MISSING)
        if found is _MISSING:
            if self._fallback is not None:
                return self._fallback.pgettext(context, message)
            return message
        return found

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            if self._fallback is not None:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_MISSING = object()


# ---------------------------------------------------------------- finding catalogues

def _expand_lang(loc):
    """Every name a catalogue for locale `loc` may be filed under, most specific first:
    language, then with territory, codeset and modifier in all combinations."""
    import locale
    loc = locale.normalize(loc)
    rest, at, modifier = loc.partition('@')
    rest, dot, codeset = rest.partition('.')
    language, underscore, territory = rest.partition('_')
    parts = ((4, at + modifier if at else ''), (2, underscore + territory if underscore else ''),
             (1, dot + codeset if dot else ''))
    present = 0
    for bit, text in parts:
        if text:
            present |= bit
    modifier_text, territory_text, codeset_text = (text for _bit, text in parts)
    names = []
    for mask in range(present, -1, -1):
        if mask & ~present:
            continue
        name = language
        if mask & 2:
            name += territory_text
        if mask & 1:
            name += codeset_text
        if mask & 4:
            name += modifier_text
        names.append(name)
    return names


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for `domain` in `localedir` (LANG/LC_MESSAGES/DOMAIN.mo) for the first
    of `languages` (from $LANGUAGE, $LC_ALL, $LC_MESSAGES or $LANG when None) that has
    one; None if none has. With `all`, the list of every such file."""
    localedir = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = []
        for variable in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(variable)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in candidates:
                candidates.append(name)
    found = [] if all else None
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', f'{domain}.mo')
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations for `domain`: the catalogue of the first language found, with
    those of the following languages as its fallbacks. With no catalogue, a
    NullTranslations when `fallback` is true, else FileNotFoundError."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        import errno
        raise FileNotFoundError(errno.ENOENT, 'No translation file found for domain',
                                domain)
    import copy
    chain = []
    for path in paths:
        key = (class_, os.path.abspath(path))
        if key not in _translations:
            with open(path, 'rb') as fp:
                _translations[key] = class_(fp)
        # Each call gets its own copies, so chaining fallbacks leaves the cache alone.
        chain.append(copy.copy(_translations[key]))
    first = chain[0]
    for later in chain[1:]:
        first.add_fallback(later)
    return first


def install(domain, localedir=None, *, names=None):
    """Installs ``_`` (and `names`) in builtins from ``translation(domain, localedir,
    fallback=True)``."""
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    """Sets the global domain when `domain` is given; returns the global domain."""
    global _current_domain
    if domain is None:
        return _current_domain
    _current_domain = domain
    return domain


def bindtextdomain(domain, localedir=None):
    """Binds `domain` to `localedir` when given; returns the folder `domain` is bound to."""
    if localedir is None:
        return _localedirs.get(domain, _default_localedir)
    _localedirs[domain] = localedir
    return localedir


def _bound(domain):
    """The translations of `domain` from the folder it is bound to, or None."""
    try:
        return translation(domain, _localedirs.get(domain))
    except OSError:
        return None


def dgettext(domain, message):
    """`message` translated in `domain`."""
    found = _bound(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    """The plural form for `n` of `msgid1` in `domain`."""
    found = _bound(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    """`message` in `context`, translated in `domain`."""
    found = _bound(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    """The plural form for `n` of `msgid1` in `context`, in `domain`."""
    found = _bound(domain)
    if found is None:
        return msgid1 if n == 1 else msgid2
    return found.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    """`message` translated in the global domain."""
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    """The plural form for `n`, in the global domain."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    """`message` in `context`, translated in the global domain."""
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    """The plural form for `n` of `msgid1` in `context`, in the global domain."""
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# The old name of translation().
Catalog = translation
