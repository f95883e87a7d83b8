"""Pretty printing of Python data, written for tessera from the documentation and observed
behaviour of CPython 3.11's pprint module.

A PrettyPrinter renders an object on one line when that fits (its "flat" form, built by
format()); otherwise, for the container and string types it knows, it lays the object out
over several lines with one of the _lay_* methods, which write pieces of text into a list.
Which layout applies is decided by the type's __repr__, so subclasses that keep the
built-in repr are laid out like their base and those that override it are left alone."""

import collections as _collections
import re as _re
import sys as _sys
import types as _types

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed text of object, without a final newline."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dictionaries left in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that marks recursive references instead of looping."""
    return _flat_probe(object)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return _flat_probe(object)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _flat_probe(object)[2]


def _flat_probe(object):
    return PrettyPrinter().format(object, {}, None, 0)


def _recursion_note(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Ordered:
    """Sort key for values that may not be comparable with each other: unorderable pairs
    fall back to ordering by type name, then by identity."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _pair_order(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _sorted_loosely(values):
    return sorted(values, key=_Ordered)


# Types shown by repr() in the flat form and always readable.
_PLAIN = frozenset([str, bytes, bytearray, float, complex, bool, type(None)])

_WORDS = _re.compile(r"\S*\s*")


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        for broken, message in ((indent < 0, 'indent must be >= 0'),
                                (depth is not None and depth <= 0, 'depth must be > 0'),
                                (width == 0, 'width must be != 0')):
            if broken:
                raise ValueError(message)
        self._stream = stream
        self._width = width
        self._indent_per_level = indent
        self._depth = depth
        self._underscore_numbers = underscore_numbers
        self._sort_dicts = sort_dicts
        self._compact = bool(compact)

    # Public interface -------------------------------------------------------------------

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        if stream is None:
            return
        stream.write(self.pformat(object))
        stream.write("\n")

    def pformat(self, object):
        pieces = []
        self._readable = True
        self._recursive = False
        self._emit(object, pieces, 0, 0, {}, 0)
        return "".join(pieces)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(flat text, readable, recursive) for object: context maps the ids of the
        containers being rendered (to spot cycles), maxlevels limits nesting."""
        return self._flat(object, context, maxlevels, level)

    # The flat (one-line) form -------------------------------------------------------------

    def _flat(self, obj, context, maxlevels, level):
        kind = type(obj)
        if kind in _PLAIN:
            return repr(obj), True, False
        shown_by = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and shown_by is int.__repr__:
            if self._underscore_numbers:
                return f"{obj:_d}", True, False
            return repr(obj), True, False
        if issubclass(kind, dict) and shown_by is dict.__repr__:
            if not obj:
                return "{}", True, False
            return self._flat_nested(obj, "{", "}", context, maxlevels, level, True)
        if issubclass(kind, list) and shown_by is list.__repr__:
            if not obj:
                return "[]", True, False
            return self._flat_nested(obj, "[", "]", context, maxlevels, level, False)
        if issubclass(kind, tuple) and shown_by is tuple.__repr__:
            if not obj:
                return "()", True, False
            closer = ",)" if len(obj) == 1 else ")"
            return self._flat_nested(obj, "(", closer, context, maxlevels, level, False)
        text = repr(obj)
        return text, bool(text) and not text.startswith("<"), False

    def _flat_nested(self, obj, opener, closer, context, maxlevels, level, mapping):
        key = id(obj)
        if maxlevels and level >= maxlevels:
            return opener + "..." + closer, False, key in context
        if key in context:
            return _recursion_note(obj), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        if mapping:
            pairs = obj.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_pair_order)
            for k, v in pairs:
                ktext, kread, krec = self.format(k, context, maxlevels, level + 1)
                vtext, vread, vrec = self.format(v, context, maxlevels, level + 1)
                parts.append(ktext + ": " + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                text, read, rec = self.format(item, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return opener + ", ".join(parts) + closer, readable, recursive

    def _flat_text(self, obj, context, level):
        text, readable, recursive = self.format(obj, context.copy(), self._depth, level)
        self._readable = self._readable and readable
        self._recursive = self._recursive or recursive
        return text

    # The multi-line form --------------------------------------------------------------

    def _emit(self, obj, out, indent, allowance, context, level):
        """Write obj starting at column indent; allowance columns must stay free after
        its last line (for the closing brackets and commas that follow it)."""
        key = id(obj)
        if key in context:
            out.append(_recursion_note(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._flat_text(obj, context, level)
        if len(text) > self._width - indent - allowance:
            layout = _LAYOUTS.get(getattr(type(obj), "__repr__", None))
            if layout is None and _is_dataclass_instance(obj):
                layout = PrettyPrinter._lay_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, obj, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    def _lay_entries(self, entries, out, indent, allowance, context, level):
        """Items of a list, tuple, set or deque, between brackets written by the caller;
        the caller's indent is the bracket's column."""
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        count = len(entries)
        if not self._compact:
            for i, item in enumerate(entries):
                last = i == count - 1
                self._emit(item, out, indent, allowance if last else 1, context, level)
                if not last:
                    out.append(newline)
            return
        # Compact: as many items on a line as fit; each costs its text plus ", ".
        capacity = self._width - indent + 1
        room = None
        for i, item in enumerate(entries):
            if i == count - 1:
                capacity -= allowance
                if room is not None:
                    room -= allowance
            text = self._flat_text(item, context, level)
            cost = len(text) + 2
            if room is not None and room >= cost:
                out.append(", " + text)
                room -= cost
                continue
            if room is not None:
                out.append(newline)
            room = capacity
            if capacity >= cost:
                out.append(text)
                room -= cost
            else:
                self._emit(item, out, indent, allowance if i == count - 1 else 1,
                           context, level)
                room = -1

    def _lay_pairs(self, pairs, out, indent, allowance, context, level):
        """key: value lines of a mapping whose '{' the caller wrote at column indent."""
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        count = len(pairs)
        for i, (key, value) in enumerate(pairs):
            last = i == count - 1
            shown = self._flat_text(key, context, level)
            out.append(shown + ": ")
            self._emit(value, out, indent + len(shown) + 2, allowance if last else 1,
                       context, level)
            if not last:
                out.append(newline)

    def _opening(self, out, bracket):
        out.append(bracket + " " * (self._indent_per_level - 1))

    def _dict_body(self, mapping, out, indent, allowance, context, level, pairs=None):
        if pairs is None:
            pairs = list(mapping.items())
            if self._sort_dicts:
                pairs.sort(key=_pair_order)
        self._opening(out, "{")
        self._lay_pairs(pairs, out, indent, allowance + 1, context, level)
        out.append("}")

    def _lay_dict(self, obj, out, indent, allowance, context, level):
        self._dict_body(obj, out, indent, allowance, context, level)

    def _lay_list(self, obj, out, indent, allowance, context, level):
        self._opening(out, "[")
        self._lay_entries(obj, out, indent, allowance + 1, context, level)
        out.append("]")

    def _lay_tuple(self, obj, out, indent, allowance, context, level):
        self._opening(out, "(")
        closer = ",)" if len(obj) == 1 else ")"
        self._lay_entries(obj, out, indent, allowance + len(closer), context, level)
        out.append(closer)

    def _lay_set(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        if type(obj) is set:
            opener, closer = "{", "}"
        else:
            opener, closer = type(obj).__name__ + "({", "})"
            indent += len(type(obj).__name__) + 1
        self._opening(out, opener)
        self._lay_entries(_sorted_loosely(obj), out, indent, allowance + len(closer),
                          context, level)
        out.append(closer)

    def _lay_str(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        framed = level == 1
        if framed:
            indent += 1
            allowance += 1
        lines = obj.splitlines(True)
        chunks = []
        room = self._width - indent
        for n, line in enumerate(lines):
            final_line = n == len(lines) - 1
            words = _WORDS.findall(line)
            if words and not words[-1]:
                words.pop()
            held = ""
            for w, word in enumerate(words):
                grown = held + word
                limit = room
                if final_line and w == len(words) - 1:
                    limit -= allowance
                if held and len(repr(grown)) > limit:
                    chunks.append(repr(held))
                    held = word
                else:
                    held = grown
            if held:
                chunks.append(repr(held))
        if len(chunks) == 1:
            out.append(repr(obj))
            return
        joined = ("\n" + " " * indent).join(chunks)
        out.append("(" + joined + ")" if framed else joined)

    def _lay_bytes(self, obj, out, indent, allowance, context, level):
        if len(obj) <= 4:
            out.append(repr(obj))
            return
        framed = level == 1
        if framed:
            indent += 1
            allowance += 1
        chunks = _byte_chunks(obj, self._width - indent, allowance)
        joined = ("\n" + " " * indent).join(chunks)
        out.append("(" + joined + ")" if framed else joined)

    def _lay_bytearray(self, obj, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._lay_bytes(bytes(obj), out, indent + 10, allowance + 1, context, level + 1)
        out.append(")")

    def _lay_mappingproxy(self, obj, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._emit(obj.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")

    def _lay_namespace(self, obj, out, indent, allowance, context, level):
        name = "namespace" if type(obj) is _types.SimpleNamespace else type(obj).__name__
        self._lay_keywords(name, list(obj.__dict__.items()), out, indent, allowance,
                           context, level)

    def _lay_dataclass(self, obj, out, indent, allowance, context, level):
        import dataclasses
        shown = [(f.name, getattr(obj, f.name))
                 for f in dataclasses.fields(obj) if f.repr]
        self._lay_keywords(type(obj).__name__, shown, out, indent, allowance,
                           context, level)

    def _lay_keywords(self, name, pairs, out, indent, allowance, context, level):
        """name(key=value, ...) with one keyword a line."""
        out.append(name + "(")
        indent += len(name) + 1
        newline = ",\n" + " " * indent
        for i, (key, value) in enumerate(pairs):
            last = i == len(pairs) - 1
            out.append(key + "=")
            # CPython reserves no column for the closing ')' here.
            self._emit(value, out, indent + len(key) + 1,
                       allowance if last else 1, context, level)
            if not last:
                out.append(newline)
        out.append(")")

    def _lay_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        self._emit(list(obj.items()), out, indent + len(name) + 1, allowance + 1,
                   context, level)
        out.append(")")

    def _lay_default_dict(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        indent += len(name) + 1
        factory = self._flat_text(obj.default_factory, context, level)
        out.append(name + "(" + factory + ",\n" + " " * indent)
        self._dict_body(obj, out, indent, allowance + 1, context, level)
        out.append(")")

    def _lay_counter(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        self._dict_body(obj, out, indent + len(name) + 1, allowance + 1, context, level,
                        pairs=obj.most_common())
        out.append(")")

    def _lay_deque(self, obj, out, indent, allowance, context, level):
        if not obj:
            out.append(repr(obj))
            return
        name = type(obj).__name__
        out.append(name + "(")
        indent += len(name) + 1
        if obj.maxlen is None:
            self._lay_list(list(obj), out, indent, allowance + 1, context, level)
            out.append(")")
        else:
            self._lay_list(list(obj), out, indent, 1, context, level)
            out.append(",\n" + " " * indent + "maxlen=%d)" % obj.maxlen)


def _byte_chunks(data, room, allowance):
    """data's repr cut into pieces of whole 4-byte groups, each as long as fits in room.
    A final group shorter than 4 bytes must also leave allowance free (CPython does not
    reserve it when the length is a multiple of 4)."""
    chunks = []
    held = b""
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        grown = held + group
        limit = room - allowance if start + 4 > len(data) else room
        if held and len(repr(grown)) > limit:
            chunks.append(repr(held))
            held = group
        else:
            held = grown
    if held:
        chunks.append(repr(held))
    return chunks


def _is_dataclass_instance(obj):
    """Whether obj is a dataclass instance still shown by the __repr__ dataclasses made."""
    kind = type(obj)
    if getattr(kind, "__dataclass_fields__", None) is None or isinstance(obj, type):
        return False
    shown_by = getattr(kind, "__repr__", None)
    if getattr(shown_by, "__module__", None) == "dataclasses":
        return True
    # CPython's generated __repr__ is a wrapper around a function made by __create_fn__.
    made = getattr(shown_by, "__wrapped__", shown_by)
    return "__create_fn__" in getattr(made, "__qualname__", "")


_LAYOUTS = {}


def _register_layouts():
    kinds = [
        (dict, PrettyPrinter._lay_dict),
        (list, PrettyPrinter._lay_list),
        (tuple, PrettyPrinter._lay_tuple),
        (set, PrettyPrinter._lay_set),
        (frozenset, PrettyPrinter._lay_set),
        (str, PrettyPrinter._lay_str),
        (bytes, PrettyPrinter._lay_bytes),
        (bytearray, PrettyPrinter._lay_bytearray),
        (_types.SimpleNamespace, PrettyPrinter._lay_namespace),
        (_collections.OrderedDict, PrettyPrinter._lay_ordered_dict),
        (_collections.defaultdict, PrettyPrinter._lay_default_dict),
        (_collections.Counter, PrettyPrinter._lay_counter),
        (_collections.deque, PrettyPrinter._lay_deque),
        (getattr(_types, "MappingProxyType", None), PrettyPrinter._lay_mappingproxy),
    ]
    for kind, layout in kinds:
        shown_by = getattr(kind, "__repr__", None)
        # A type that only inherits object's repr has nothing of its own to lay out.
        if kind is None or shown_by is object.__repr__ or shown_by in _LAYOUTS:
            continue
        _LAYOUTS[shown_by] = layout


_register_layouts()
