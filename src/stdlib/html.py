"""HTML escaping, written for tessera from the documentation and observed behaviour of
CPython 3.11's html module (html.parser is not provided).

unescape() follows the HTML5 rules for character references: numeric references in the
C1 range read as windows-1252, impossible code points become U+FFFD, control characters
and noncharacters are dropped, and a named reference without its ';' matches the longest
legacy name it starts with."""

import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """s with &, < and > (and, if quote is true, " and ') replaced by HTML-safe text."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# What &#128; .. &#159; stand for (windows-1252; its five holes keep their own code point).
_C1 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d"
       "\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
       "\u0153\x9d\u017e\u0178")


def _from_code_point(point):
    if 0x80 <= point <= 0x9f:
        return _C1[point - 0x80]
    if point == 0 or point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
        return "\uFFFD"
    dropped = (point <= 0x08 or point == 0x0B or 0x0E <= point <= 0x1F or point == 0x7F
               or 0xFDD0 <= point <= 0xFDEF or point & 0xFFFE == 0xFFFE)
    return "" if dropped else chr(point)


_names = None


def _from_name(name):
    """Text for a named reference (name may end with ';'), or None when unknown."""
    global _names
    if _names is None:
        from html.entities import html5 as _names
    found = _names.get(name)
    if found is not None:
        return found
    # Without an exact match, the longest known name the text starts with (at least two
    # letters) is taken, and the rest is left as it was.
    for end in range(len(name) - 1, 1, -1):
        found = _names.get(name[:end])
        if found is not None:
            return found + name[end:]
    return None


_REFERENCE = _re.compile(r"&(?:#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?|([A-Za-z0-9]+;?))")


def _replace(match):
    hexa, decimal, name = match.groups()
    if name is None:
        return _from_code_point(int(hexa, 16) if hexa is not None else int(decimal))
    text = _from_name(name)
    return match.group(0) if text is None else text


def unescape(s):
    """s with every character reference (&gt;, &#62;, &#x3e;, ...) replaced by its text."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_replace, s)
