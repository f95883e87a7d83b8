"""Shell-style wildcard matching of file names (tessera's own implementation).

Wildcards: ``*`` any run of characters, ``?`` one character, ``[seq]`` one
character of seq, ``[!seq]`` one character not in seq.  A bracket with no
closing ``]`` stands for itself."""

import os
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether name matches pat, after os.path.normcase of both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """Return the items of names that match pat."""
    test = _matcher(os.path.normcase(pat))
    norm = os.path.normcase
    return [n for n in names if test(norm(n)) is not None]


@functools.lru_cache(maxsize=32768, typed=True)
def _matcher(pat):
    if isinstance(pat, bytes):
        source = translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")
    else:
        source = translate(pat)
    return re.compile(source).match


# --- translation -----------------------------------------------------------

_RE_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _lit(text):
    return "".join("\\" + c if c in _RE_SPECIAL else c for c in text)


def _class_char(c):
    if c in "\\-&~|":
        return "\\" + c
    return c


def _bracket_end(pat, start):
    """start indexes the char after '['; give the index of the closing ']'
    or -1 when the bracket never closes."""
    k = start
    if k < len(pat) and pat[k] == "!":
        k += 1
    if k < len(pat) and pat[k] == "]":
        k += 1
    found = pat.find("]", k)
    return found


def _bracket_regex(body):
    """Render the inside of a closed bracket as a regex fragment."""
    negate = body[:1] == "!"
    if negate:
        body = body[1:]
    pieces = []
    pos, size = 0, len(body)
    while pos < size:
        lo = body[pos]
        if pos + 2 < size and body[pos + 1] == "-":
            hi = body[pos + 2]
            pos += 3
            if lo <= hi:
                pieces.append(_class_char(lo) + "-" + _class_char(hi))
        else:
            pieces.append(_class_char(lo))
            pos += 1
    inner = "".join(pieces)
    if not inner:
        return "." if negate else "(?!)"
    if negate:
        return "[^" + inner + "]"
    if inner[0] in "^[":
        inner = "\\" + inner
    return "[" + inner + "]"


def _segments(pat):
    """Split a pattern at its stars: a list of lists of regex fragments,
    one list per star-free stretch (consecutive stars count as one)."""
    groups = [[]]
    i, n = 0, len(pat)
    while i < n:
        ch = pat[i]
        i += 1
        if ch == "*":
            groups.append([])
            while i < n and pat[i] == "*":
                i += 1
        elif ch == "?":
            groups[-1].append(".")
        elif ch == "[":
            close = _bracket_end(pat, i)
            if close < 0:
                groups[-1].append("\\[")
            else:
                groups[-1].append(_bracket_regex(pat[i:close]))
                i = close + 1
        else:
            groups[-1].append(_lit(ch))
    return groups


def translate(pat):
    """Translate a shell pattern into a regular expression string."""
    groups = _segments(pat)
    head = "".join(groups[0])
    if len(groups) == 1:
        body = head
    else:
        middle = "".join("(?>.*?%s)" % "".join(g) for g in groups[1:-1])
        body = head + middle + ".*" + "".join(groups[-1])
    return "(?s:%s)\\Z" % body
