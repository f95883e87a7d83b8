"""Format and print exceptions and their tracebacks (tessera's own implementation).

tessera exposes no frame objects: an exception's ``__traceback__`` is a tuple of
``(filename, lineno, name)`` entries, outermost first.  Everything here works from
those entries, reading source lines straight from the files."""

import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_REPEAT_SHOWN = 3
_NOTHING = object()

def _source_line(path, number):
    """Line `number` (1-based) of file `path`, stripped, or '' when unavailable."""
    if number is None or not isinstance(path, str):
        return ""
    return linecache.getline(path, number).strip()


class FrameSummary:
    """One entry of a stack: where the code was and (lazily) the source line."""

    __slots__ = ("filename", "lineno", "name", "_src", "locals",
                 "end_lineno", "colno", "end_colno")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._src = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._src is None:
            if self.lineno is None:
                return None
            self._src = _source_line(self.filename, self.lineno)
        return self._src.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self._as_tuple() == other._as_tuple()
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


def _trim(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return list(entries)
    entries = list(entries)
    if limit >= 0:
        return entries[:limit]
    return entries[len(entries) + limit:]


def _tb_entries(tb):
    """(filename, lineno, name) triples of a traceback in any shape we know."""
    if tb is None:
        return []
    if isinstance(tb, (tuple, list)):
        return [tuple(e)[:3] for e in tb]
    found = []
    while tb is not None:
        code = tb.tb_frame.f_code
        found.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return found


class StackSummary(list):
    """A list of FrameSummary objects that knows how to print itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for item in _trim(frame_gen, limit):
            if isinstance(item, FrameSummary):
                result.append(item)
                continue
            # (frame, lineno) pairs or plain (filename, lineno, name) triples
            if len(item) == 2:
                frame, lineno = item
                code = frame.f_code
                item = (code.co_filename, lineno, code.co_name)
            filename, lineno, name = item[:3]
            result.append(FrameSummary(filename, lineno, name, lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            text += "    " + frame_summary.line + "\n"
        if frame_summary.locals:
            for key in sorted(frame_summary.locals):
                text += "    {} = {}\n".format(key, frame_summary.locals[key])
        return text

    def format(self):
        out = []
        prev_key = None
        run = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == prev_key:
                run += 1
            else:
                if run > _REPEAT_SHOWN:
                    out.append(_repeat_note(run - _REPEAT_SHOWN))
                prev_key, run = key, 1
            if run <= _REPEAT_SHOWN:
                out.append(self.format_frame_summary(fs))
        if run > _REPEAT_SHOWN:
            out.append(_repeat_note(run - _REPEAT_SHOWN))
        return out


def _repeat_note(extra):
    return "  [Previous line repeated {} more time{}]\n".format(
        extra, "s" if extra > 1 else "")


def _type_label(etype):
    qual = getattr(etype, "__qualname__", None) or etype.__name__
    mod = getattr(etype, "__module__", None)
    if mod in (None, "__main__", "builtins") or not isinstance(mod, str):
        return qual
    return mod + "." + qual


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


class TracebackException:
    """A snapshot of an exception, its traceback and its chain, ready to format."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.extract(_tb_entries(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines)
        self.exc_type = exc_type
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.exceptions = None
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            ln = exc_value.lineno
            self.lineno = None if ln is None else str(ln)
            eln = getattr(exc_value, "end_lineno", None)
            self.end_lineno = None if eln is None else str(eln)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = exc_value.msg
        self.__suppress_context__ = bool(exc_value is not None
                                         and exc_value.__suppress_context__)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is None:
            return
        opts = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                    max_group_width=max_group_width, max_group_depth=max_group_depth,
                    _seen=_seen)
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **opts)
        ctx = exc_value.__context__
        if ctx is not None and id(ctx) not in _seen:
            if not (compact and (self.__cause__ is not None or self.__suppress_context__)):
                self.__context__ = TracebackException(type(ctx), ctx, ctx.__traceback__, **opts)
        # A group's members come after its chain, so the chain is drawn in full.
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(member), member, member.__traceback__, **opts)
                for member in exc_value.exceptions
            ]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        label = _type_label(self.exc_type)
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_lines(label)
        elif self._str:
            yield "{}: {}\n".format(label, self._str)
        else:
            yield label + "\n"
        notes = self.__notes__
        if notes is not None and (isinstance(notes, dict)
                                  or not hasattr(type(notes), "__getitem__")):
            # Not a sequence: shown by its repr, with no newline after it.
            try:
                yield repr(notes)
            except Exception:
                yield "<__notes__ repr() failed>"
            return
        for note in notes or ():
            text = note if isinstance(note, str) else _safe_str(note)
            for line in text.split("\n"):
                yield line + "\n"

    def _syntax_lines(self, label):
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            label = "{} ({})".format(label, self.filename)
        if self.text is not None:
            raw = self.text.rstrip("\n")
            body = raw.lstrip(" \n\f")
            yield "    {}\n".format(body)
            if self.offset is not None:
                cut = len(raw) - len(body)
                start = self.offset - cut
                stop = (self.end_offset if self.end_offset is not None else self.offset) - cut
                if stop <= start or self.end_offset in (None, 0):
                    stop = start + 1
                start = max(start, 1)
                yield "    {}{}\n".format(" " * (start - 1), "^" * (stop - start))
        yield "{}: {}\n".format(label, self.msg or "<no detail available>")

    def format(self, *, chain=True, _ctx=None):
        drawing = _ctx if _ctx is not None else _BoxState()
        nesting = drawing.nesting
        # Walk the chain oldest first: collect (joining text, exception) pairs.
        links = []
        node, joiner = self, None
        while node is not None:
            links.append((joiner, node))
            if not chain:
                break
            if node.__cause__ is not None:
                joiner = _CAUSE_JOIN
                node = node.__cause__
            elif node.__context__ is not None and not node.__suppress_context__:
                joiner = _CONTEXT_JOIN
                node = node.__context__
            else:
                node = None
        plain_bar = _margin(nesting, False)
        for joiner, node in reversed(links):
            yield from node._format_own(chain, drawing)
            if joiner is not None:
                yield _with_bar(joiner, plain_bar)

    def _format_own(self, chain, drawing):
        nesting = drawing.nesting
        group = self.exceptions is not None
        bar = _margin(nesting, group)
        drawing.closed = False
        if group and nesting >= self.max_group_depth:
            # Too deep: the group (but not its chain) is left out.
            yield "{}... (max_group_depth is {})\n".format(bar, self.max_group_depth)
            return
        if self.stack:
            if group:
                title = "Exception Group Traceback (most recent call last):\n"
                yield ("  + " + title) if nesting == 0 else (bar + title)
            else:
                yield bar + "Traceback (most recent call last):\n"
            for chunk in self.stack.format():
                yield _with_bar(chunk, bar)
        for line in self.format_exception_only():
            yield _with_bar(line, bar)
        if not group:
            return
        members = self.exceptions
        shown = min(len(members), self.max_group_width)
        near = " " * (2 * nesting + 2)
        far = " " * (2 * nesting + 4)
        inner_bar = _margin(nesting + 1, True)
        for k in range(shown):
            label = str(k + 1)
            if k == 0:
                yield "{}+-+{} {} {}\n".format(near, _DASHES, label, _DASHES)
            else:
                yield "{}+{} {} {}\n".format(far, _DASHES, label, _DASHES)
            drawing.nesting = nesting + 1
            yield from members[k].format(chain=chain, _ctx=drawing)
            drawing.nesting = nesting
        if shown < len(members):
            extra = len(members) - shown
            yield "{}+{} ... {}\n".format(far, _DASHES, _DASHES)
            yield "{}and {} more exception{}\n".format(inner_bar, extra,
                                                       "" if extra == 1 else "s")
            drawing.closed = False
        if not drawing.closed:
            yield far + "+" + "-" * 36 + "\n"
            drawing.closed = True


_CAUSE_JOIN = ("\nThe above exception was the direct cause "
               "of the following exception:\n\n")
_CONTEXT_JOIN = ("\nDuring handling of the above exception, "
                 "another exception occurred:\n\n")
_DASHES = "-" * 16


class _BoxState:
    """How deep in exception groups the text being drawn sits, and whether the last
    thing drawn was a box's closing line (an enclosing box then draws none)."""

    def __init__(self):
        self.nesting = 0
        self.closed = False


def _margin(nesting, group):
    if nesting == 0 and not group:
        return ""
    return " " * (2 * nesting + 2) + "| "


def _with_bar(text, bar):
    if not bar:
        return text
    return "".join(bar + line for line in text.splitlines(True))


def _split_args(exc, value, tb):
    if (value is _NOTHING) != (tb is _NOTHING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _NOTHING:
        if exc is None:
            return None, None, None
        if not isinstance(exc, BaseException):
            raise TypeError("Exception expected for value, {} found".format(
                type(exc).__name__))
        return type(exc), exc, exc.__traceback__
    return (type(value) if value is not None else exc), value, tb


def format_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, chain=True):
    etype, value, tb = _split_args(exc, value, tb)
    snap = TracebackException(etype, value, tb, limit=limit, compact=True)
    return list(snap.format(chain=chain))


def print_exception(exc, /, value=_NOTHING, tb=_NOTHING, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exception_only(exc, /, value=_NOTHING):
    if value is _NOTHING:
        value = exc
        etype = None if exc is None else type(exc)
    else:
        etype = type(value) if value is not None else exc
    snap = TracebackException(etype, value, None, compact=True)
    return list(snap.format_exception_only())


def _current():
    value = sys.exc_info()[1]
    return value


def format_exc(limit=None, chain=True):
    value = _current()
    return "".join(format_exception(value, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_current(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    value = getattr(sys, "last_value", None)
    if value is None:
        raise ValueError("no last exception")
    print_exception(value, limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    return StackSummary.extract(_tb_entries(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_tb(tb, limit=limit):
        print(piece, file=file, end="")


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_list(extracted_list):
        print(piece, file=file, end="")


def walk_tb(tb):
    """Yields (entry, lineno); without frame objects the entry is the raw triple."""
    for entry in _tb_entries(tb):
        yield entry, entry[1]


# The VM has no frame objects, so the current stack cannot be inspected:
# these return an empty stack.
def walk_stack(f):
    return iter(())


def extract_stack(f=None, limit=None):
    return StackSummary()


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def clear_frames(tb):
    pass
