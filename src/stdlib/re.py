"""Regular expressions: tessera's `re`, written from CPython 3.11's documentation and
behaviour over the Rust engine in `_sre` (src/vm/modules/sre/)."""

import _sre

_substr = _sre.substr

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
    "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"

_FLAG_NAMES = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
]


def _flag_repr(value):
    if value == 0:
        return "re.NOFLAG"
    parts = []
    rest = value
    for bit, name in _FLAG_NAMES:
        if value & bit:
            parts.append("re." + name)
            rest &= ~bit
    if rest:
        if not parts:
            return "re.RegexFlag(%d)" % value
        parts.append(hex(rest))
    return "|".join(parts)


class RegexFlag(int):
    """The re module's flags: an int whose repr names the flags."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        for bit, name in _FLAG_NAMES:
            if bit == int(self):
                return name
        if int(self) == 0:
            return "NOFLAG"
        parts = [name for bit, name in _FLAG_NAMES if int(self) & bit]
        return "|".join(parts) if parts else None

    def __repr__(self):
        return _flag_repr(int(self))

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """Raised for an invalid regular expression or replacement template."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _check_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("_code", "pattern", "flags", "groups", "_groupindex", "_names", "__weakref__")

    def __init__(self, pattern, flags):
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        _check_flags(pattern, flags)
        result = _sre.compile(pattern, int(flags))
        if len(result) == 2:
            if result[1] is None:
                raise error(result[0])
            raise error(result[0], pattern, result[1])
        code, final_flags, groups, names = result
        self._code = code
        self.pattern = pattern
        self.flags = final_flags
        self.groups = groups
        self._groupindex = dict(names)
        self._names = {index: name for name, index in names}

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_repr(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def match(self, string, pos=0, endpos=None):
        m = _sre.match(self._code, string, pos, endpos, 0)
        return None if m is None else Match(self, string, m)

    def fullmatch(self, string, pos=0, endpos=None):
        m = _sre.match(self._code, string, pos, endpos, 1)
        return None if m is None else Match(self, string, m)

    def search(self, string, pos=0, endpos=None):
        m = _sre.match(self._code, string, pos, endpos, 2)
        return None if m is None else Match(self, string, m)

    def findall(self, string, pos=0, endpos=None):
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        return iter([Match(self, string, m)
                     for m in _sre.scan(self._code, string, pos, endpos, 0)])

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        return _sre.split(self._code, string, maxsplit)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            count = 0
        if callable(repl):
            pieces = []
            last = 0
            n = 0
            for m in _sre.scan(self._code, string, 0, None, count):
                pieces.append(_substr(string, last, m[0]))
                r = repl(Match(self, string, m))
                if r is not None:
                    pieces.append(r)
                last = m[1]
                n += 1
            pieces.append(_substr(string, last, len(string)))
            return (string[:0] if isinstance(string, str) else b'').join(pieces), n
        if isinstance(self.pattern, str):
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
        elif not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        parts = _template(self, repl)
        if not isinstance(string, (str, bytes, bytearray)):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return _sre.sub(self._code, parts, string, count)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        m = _sre.match(self.pattern._code, self._string, self._pos, self._endpos, mode,
                       self._must_advance)
        if m is None:
            self._done = True
            return None
        self._must_advance = m[0] == m[1]
        self._pos = m[1]
        return Match(self.pattern, self._string, m)

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Match:
    """The result of a successful match. `_m` holds the marks from `_sre`: start and end
    of every group (-1 when unset), then lastindex (-1 for None), pos and endpos."""

    __slots__ = ("re", "string", "_m")

    def __init__(self, pattern, string, marks):
        self.re = pattern
        self.string = string
        self._m = marks

    @property
    def pos(self):
        return self._m[-2]

    @property
    def endpos(self):
        return self._m[-1]

    @property
    def lastindex(self):
        li = self._m[-3]
        return None if li < 0 else li

    @property
    def lastgroup(self):
        li = self._m[-3]
        if li < 0:
            return None
        return self.re._names.get(li)

    @property
    def regs(self):
        m = self._m
        return tuple((m[2 * g], m[2 * g + 1]) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            i = g.__index__()
            if 0 <= i <= self.re.groups:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        m = self._m
        a = m[2 * i]
        b = m[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return _substr(self.string, a, b)

    def group(self, *args):
        if not args:
            m = self._m
            return _substr(self.string, m[0], m[1])
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return _sre.groups(self.string, self._m, default)

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        if group == 0:
            return self._m[0]
        return self._m[2 * self._index(group)]

    def end(self, group=0):
        if group == 0:
            return self._m[1]
        return self._m[2 * self._index(group) + 1]

    def span(self, group=0):
        i = 0 if group == 0 else self._index(group)
        return (self._m[2 * i], self._m[2 * i + 1])

    def expand(self, template):
        parts = _template(self.re, template)
        out = []
        for p in parts:
            if isinstance(p, int):
                v = self._get(p)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        return template[:0].join(out)

    def __repr__(self):
        # CPython formats the match with %.50R: its repr cut to 50 characters.
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._m[0], self._m[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Pattern.__module__ = "re"
Match.__module__ = "re"

_TEMPLATE_ESCAPES = {
    "a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
    "\\": "\\",
}

_template_cache = {}


def _template(pattern, repl):
    """Parses a replacement template into literal strings and group numbers."""
    if isinstance(repl, bytearray):
        repl = bytes(repl)
    key = (pattern.pattern, pattern.flags, repl)
    parts = _template_cache.get(key)
    if parts is not None:
        return parts
    is_bytes = isinstance(repl, bytes)
    text = repl.decode("latin-1") if is_bytes else repl
    if "\\" not in text:
        parts = [repl] if repl else []
    else:
        parts = _parse_template(pattern, text, repl)
        if is_bytes:
            parts = [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = parts
    return parts


def _parse_template(pattern, s, repl):
    parts = []
    lit = []
    i = 0
    n = len(s)
    groups = pattern.groups
    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", repl, start)
        c = s[i]
        i += 1
        group = None
        if c == "g":
            if i >= n or s[i] != "<":
                raise error("missing <", repl, i)
            i += 1
            j = s.find(">", i)
            if j < 0:
                if i >= n:
                    raise error("missing group name", repl, i)
                raise error("missing >, unterminated name", repl, i)
            name = s[i:j]
            if not name:
                raise error("missing group name", repl, i)
            if name.isdigit() and name.isascii():
                group = int(name)
                if group > groups:
                    raise error("invalid group reference %d" % group, repl, i)
            elif name.isidentifier():
                group = pattern._groupindex.get(name)
                if group is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name '%s'" % name, repl, i)
            i = j + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and s[i] in "01234567":
                v = v * 8 + int(s[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in "123456789":
            numstart = i - 1
            if i < n and s[i] in "0123456789":
                if (c in "01234567" and s[i] in "01234567" and i + 1 < n
                        and s[i + 1] in "01234567"):
                    v = int(s[i - 1:i + 2], 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % s[i - 1:i + 2], repl, start)
                    lit.append(chr(v))
                    i += 2
                    continue
                i += 1
            group = int(s[numstart:i])
            if group > groups:
                raise error("invalid group reference %d" % group, repl, numstart)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalnum():
            raise error("bad escape \\%s" % c, repl, start)
        else:
            lit.append("\\" + c)
        if group is not None:
            if lit:
                parts.append("".join(lit))
                lit = []
            parts.append(group)
    if lit:
        parts.append("".join(lit))
    return parts


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    key = (pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("first argument must be string or compiled pattern") from None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | TEMPLATE)


class Scanner:
    """A simple lexer (undocumented in CPython, but used): `lexicon` is a list of
    (pattern, action) pairs; `scan(string)` returns (results, unmatched remainder)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(compile(phrase, flags), action) for phrase, action in lexicon]
        self.match = None

    def scan(self, string):
        result = []
        i = 0
        n = len(string)
        while i <= n:
            for pattern, action in self._phrases:
                m = pattern.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    out = []
    for b in pattern:
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
