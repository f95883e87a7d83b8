"""CSV file reading and writing (tessera's own implementation).

The reader is a small character-driven state machine; the writer decides
per field whether to quote or escape.  Behaviour follows CPython 3.11.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

__all__ = ("QUOTE_MINIMAL QUOTE_ALL QUOTE_NONNUMERIC QUOTE_NONE Error Dialect "
           "__doc__ excel excel_tab field_size_limit reader writer register_dialect "
           "get_dialect list_dialects Sniffer unregister_dialect __version__ "
           "DictReader DictWriter unix_dialect").split()


class Error(Exception):
    pass


_limit = [128 * 1024]


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the previous limit."""
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    previous = _limit[0]
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        _limit[0] = new
    return previous


# ---------------------------------------------------------------------------
# format parameters

_PARAM_NAMES = ("delimiter", "quotechar", "escapechar", "doublequote",
                "skipinitialspace", "lineterminator", "quoting", "strict")
_ABSENT = object()


def _one_char(label, value, nullable):
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        if nullable:
            raise TypeError('"%s" must be string or None, not %s' % (label, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (label, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % label)
    return value


class _Format:
    """Immutable set of format parameters (shown by CPython as _csv.Dialect)."""

    __slots__ = _PARAM_NAMES

    def __init__(self, source=None, **overrides):
        for key in overrides:
            if key not in _PARAM_NAMES:
                raise TypeError("%r is an invalid keyword argument for this function" % key)

        def pick(name):
            got = overrides.get(name, _ABSENT)
            if got is _ABSENT and source is not None:
                got = getattr(source, name, _ABSENT)
            return got

        put = object.__setattr__
        got = pick("delimiter")
        put(self, "delimiter", "," if got is _ABSENT else _one_char("delimiter", got, False))
        got = pick("doublequote")
        put(self, "doublequote", True if got is _ABSENT else bool(got))
        got = pick("escapechar")
        put(self, "escapechar", None if got is _ABSENT else _one_char("escapechar", got, True))
        got = pick("lineterminator")
        if got is _ABSENT:
            got = "\r\n"
        elif got is not None and not isinstance(got, str):
            raise TypeError('"lineterminator" must be a string')
        put(self, "lineterminator", got)
        qc = pick("quotechar")
        put(self, "quotechar", '"' if qc is _ABSENT else _one_char("quotechar", qc, True))
        mode = pick("quoting")
        if mode is _ABSENT:
            mode = QUOTE_NONE if self.quotechar is None else QUOTE_MINIMAL
            explicit = False
        else:
            explicit = True
            if type(mode) is not int:
                raise TypeError('"quoting" must be an integer')
            if mode not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
                raise TypeError('bad "quoting" value')
        put(self, "quoting", mode)
        got = pick("skipinitialspace")
        put(self, "skipinitialspace", False if got is _ABSENT else bool(got))
        got = pick("strict")
        put(self, "strict", False if got is _ABSENT else bool(got))
        if explicit and self.quotechar is None and mode != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")

    def __setattr__(self, name, value):
        if name in _PARAM_NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)


_registry = {}


def _resolve(dialect, overrides):
    if isinstance(dialect, str):
        try:
            dialect = _registry[dialect]
        except KeyError:
            raise Error("unknown dialect") from None
    if isinstance(dialect, _Format) and not overrides:
        return dialect
    return _Format(dialect, **overrides)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _resolve(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_registry)


class Dialect:
    """Describe a CSV dialect: subclass it and set the class attributes."""
    delimiter = quotechar = escapechar = None
    doublequote = skipinitialspace = None
    lineterminator = quoting = None
    _name = ""
    _valid = False

    def __init__(self):
        self._valid = type(self) is not Dialect
        self._validate()

    def _validate(self):
        # a bad parameter is reported as csv.Error rather than TypeError
        try:
            _Format(self)
        except TypeError as exc:
            raise Error(str(exc)) from None


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---------------------------------------------------------------------------
# reading

# parser states
_NEW_ROW, _NEW_CELL, _BARE, _QUOTED, _BARE_ESC, _QUOTED_ESC, _CLOSED, _LINE_END, _BARE_NL = range(9)
# _BARE_NL: unquoted field holding an escaped line break; until a real
# line-break character or delimiter, ends of input lines do not end the record.


class _Reader:
    """Iterator over parsed records (CPython's _csv.reader)."""

    def __init__(self, lines, fmt):
        self._lines = iter(lines)
        self.dialect = fmt
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        job = _RowBuilder(self.dialect)
        while True:
            try:
                text = next(self._lines)
            except StopIteration:
                if job.state in (_NEW_ROW, _LINE_END) and not job.cells and not job.chars:
                    raise
                if self.dialect.strict:
                    raise Error("unexpected end of data") from None
                job.end_cell()
                return job.cells
            self.line_num += 1
            if not isinstance(text, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(text).__name__)
            job.feed(text)
            if job.line_done():
                return job.cells


class _RowBuilder:
    def __init__(self, fmt):
        self.fmt = fmt
        self.state = _NEW_ROW
        self.cells = []
        self.chars = []
        self.was_quoted = False
        self.active_quote = fmt.quotechar if fmt.quoting != QUOTE_NONE else None

    def add(self, ch):
        if len(self.chars) >= _limit[0]:
            raise Error("field larger than field limit (%d)" % _limit[0])
        self.chars.append(ch)

    def end_cell(self):
        value = "".join(self.chars)
        if self.fmt.quoting == QUOTE_NONNUMERIC and not self.was_quoted and value:
            value = float(value)
        self.cells.append(value)
        self.chars = []
        self.was_quoted = False

    def feed(self, text):
        fmt = self.fmt
        sep = fmt.delimiter
        esc = fmt.escapechar
        quote = self.active_quote
        for ch in text:
            st = self.state
            if st == _QUOTED:
                if ch == esc:
                    self.state = _QUOTED_ESC
                elif ch == quote:
                    self.state = _CLOSED if fmt.doublequote else _BARE
                else:
                    self.add(ch)
            elif st == _BARE or st == _BARE_NL:
                if ch == sep:
                    self.end_cell()
                    self.state = _NEW_CELL
                elif ch == "\n" or ch == "\r":
                    self.end_cell()
                    self.state = _LINE_END
                elif ch == esc:
                    self.state = _BARE_ESC
                else:
                    self.add(ch)
            elif st == _NEW_ROW or st == _NEW_CELL:
                if ch == "\n" or ch == "\r":
                    if st == _NEW_CELL:
                        self.end_cell()
                    self.state = _LINE_END
                elif ch == " " and fmt.skipinitialspace:
                    self.state = _NEW_CELL
                elif ch == quote:
                    self.was_quoted = True
                    self.state = _QUOTED
                elif ch == esc:
                    # a field opened by an escape is never converted to float
                    self.was_quoted = True
                    self.state = _BARE_ESC
                elif ch == sep:
                    self.end_cell()
                    self.state = _NEW_CELL
                else:
                    self.add(ch)
                    self.state = _BARE
            elif st == _BARE_ESC:
                self.add(ch)
                self.state = _BARE_NL if ch in "\r\n" else _BARE
            elif st == _QUOTED_ESC:
                self.add(ch)
                self.state = _QUOTED
            elif st == _CLOSED:
                if ch == quote:
                    self.add(ch)
                    self.state = _QUOTED
                elif ch == sep:
                    self.end_cell()
                    self.state = _NEW_CELL
                elif ch == "\n" or ch == "\r":
                    self.end_cell()
                    self.state = _LINE_END
                elif fmt.strict:
                    raise Error("'%s' expected after '%s'" % (sep, quote))
                else:
                    self.add(ch)
                    self.state = _BARE
            else:  # _LINE_END
                if ch != "\n" and ch != "\r":
                    raise Error("new-line character seen in unquoted field - do you need "
                                "to open the file in universal-newline mode?")

    def line_done(self):
        """Handle the end of one input line; True when the record is complete."""
        st = self.state
        if st == _QUOTED:
            return False
        if st == _BARE_NL:
            return False
        if st == _BARE_ESC or st == _QUOTED_ESC:
            self.add("\n")
            self.state = _BARE_NL if st == _BARE_ESC else _QUOTED
            return False
        if st in (_NEW_CELL, _BARE, _CLOSED):
            self.end_cell()
        return True


def _split_args(args, fmtparams):
    # reader()/writer() are C functions in CPython: positional-only, 1 or 2 of them
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    dialect = fmtparams.pop("dialect", None)
    return args[0], (args[1] if len(args) == 2 else dialect)


def reader(*args, **fmtparams):
    source, dialect = _split_args(args, fmtparams)
    return _Reader(source, _resolve(dialect, fmtparams))


# ---------------------------------------------------------------------------
# writing

class _Writer:
    """Formats rows and hands them to a file's write method (CPython's _csv.writer)."""

    def __init__(self, sink, fmt):
        self._emit = sink.write
        self.dialect = fmt

    def _render(self, item, alone, specials):
        fmt = self.dialect
        mode = fmt.quoting
        if item is None:
            text = ""
            numeric = False
        else:
            numeric = isinstance(item, (int, float)) or (
                not isinstance(item, str) and hasattr(type(item), "__float__"))
            text = repr(item) if isinstance(item, float) else str(item)
        if mode == QUOTE_ALL or (mode == QUOTE_NONNUMERIC and not numeric):
            wrap = True
        else:
            wrap = False
        qc = fmt.quotechar
        esc = fmt.escapechar
        pieces = []
        for ch in text:
            if ch in specials:
                if ch == qc and mode != QUOTE_NONE and fmt.doublequote:
                    pieces.append(ch)
                    if mode == QUOTE_MINIMAL:
                        wrap = True
                elif ch == esc or ch == qc or mode == QUOTE_NONE:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    pieces.append(esc)
                elif mode == QUOTE_MINIMAL:
                    wrap = True
            pieces.append(ch)
        if not text and alone:
            if mode == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            wrap = True
        body = "".join(pieces)
        if wrap:
            return qc + body + qc
        return body

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        fmt = self.dialect
        chars = set(fmt.lineterminator)
        chars.add(fmt.delimiter)
        for extra in (fmt.quotechar, fmt.escapechar):
            if extra is not None:
                chars.add(extra)
        alone = len(items) == 1
        line = fmt.delimiter.join([self._render(x, alone, chars) for x in items])
        return self._emit(line + fmt.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(*args, **fmtparams):
    sink, dialect = _split_args(args, fmtparams)
    if not hasattr(sink, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(sink, _resolve(dialect, fmtparams))


# ---------------------------------------------------------------------------
# dictionaries

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self._names = fieldnames
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._names is None:
            try:
                self._names = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names = value

    def __iter__(self):
        return self

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        record = next(self.reader)
        while record == []:
            record = next(self.reader)
        self.line_num = self.reader.line_num
        keys = self.fieldnames
        out = dict(zip(keys, record))
        nkeys, nvals = len(keys), len(record)
        if nvals > nkeys:
            out[self.restkey] = record[nkeys:]
        else:
            for key in keys[nvals:]:
                out[key] = self.restval
        return out


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _ordered(self, mapping):
        if self.extrasaction == "raise":
            # a set difference, so the order of the names follows set iteration
            unknown = mapping.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(map(repr, unknown)))
        return [mapping.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._ordered(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._ordered, rowdicts))


# ---------------------------------------------------------------------------
# format guessing

class Sniffer:
    """Guess the format of CSV text ("sniff") and whether it has a header row."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing *sample*."""
        found = self._from_quoted_fields(sample, delimiters)
        if found is None:
            sep = self._from_counts(sample, delimiters)
            if sep is None:
                raise Error("Could not determine delimiter")
            spaced = sample.count(sep) > 0 and sample.count(sep) == sample.count(sep + " ")
            found = (sep, '"', False, spaced)
        sep, quote, doubled, spaced = found

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.delimiter = sep
        dialect.quotechar = quote
        dialect.doublequote = doubled
        dialect.skipinitialspace = spaced
        return dialect

    @staticmethod
    def _from_quoted_fields(sample, allowed):
        """Look for fields wrapped in ' or " that sit between separators.

        Returns (delimiter, quotechar, doublequote, skipinitialspace) or None."""
        quote_votes = {}
        sep_votes = {}
        spaced_votes = {}
        doubled = {}
        n = len(sample)
        i = 0
        while i < n:
            q = sample[i]
            if q not in "'\"":
                i += 1
                continue
            # what precedes the opening quote: start, newline, or separator (+ space)
            j = i - 1
            space = False
            if j >= 0 and sample[j] == " ":
                space = True
                j -= 1
            before = sample[j] if j >= 0 else "\n"
            if before != "\n" and (before.isalnum() or before == "_" or before in "'\""):
                i += 1
                continue
            # find the closing quote, stepping over doubled quotes
            k = i + 1
            saw_double = False
            while k < n:
                if sample[k] == q:
                    if k + 1 < n and sample[k + 1] == q:
                        saw_double = True
                        k += 2
                        continue
                    break
                k += 1
            if k >= n:
                break
            after = sample[k + 1] if k + 1 < n else "\n"
            if after in "\r\n" or after == before or before == "\n":
                if not after.isalnum() and after not in "'\"":
                    quote_votes[q] = quote_votes.get(q, 0) + 1
                    for c in {before, after}:
                        if c not in "\r\n" and (allowed is None or c in allowed):
                            sep_votes[c] = sep_votes.get(c, 0) + 1
                            if space and c == before:
                                spaced_votes[c] = spaced_votes.get(c, 0) + 1
                    if saw_double:
                        doubled[q] = True
            i = k + 1
        if not quote_votes:
            return None
        quote = max(quote_votes, key=quote_votes.get)
        if not sep_votes:
            return None
        sep = max(sep_votes, key=sep_votes.get)
        return sep, quote, doubled.get(quote, False), spaced_votes.get(sep, 0) > 0

    def _from_counts(self, sample, allowed):
        """Pick a character occurring the same number of times on (nearly) every line."""
        lines = [ln for ln in sample.split("\n") if ln]
        if allowed is not None:
            pool = [c for c in allowed]
        else:
            pool = sorted({c for c in sample if ord(c) < 128 and c != "\n"})
        step = 10
        upto = min(step, len(lines))
        while lines:
            chunk = lines[:upto]
            steady = {}
            for c in pool:
                tally = {}
                for ln in chunk:
                    k = ln.count(c)
                    tally[k] = tally.get(k, 0) + 1
                usual = max(tally, key=lambda k: (tally[k], k))
                if usual == 0:
                    continue
                rest = len(chunk) - tally[usual]
                steady[c] = (tally[usual] - rest) / len(chunk)
            bar = 1.0
            while bar >= 0.9:
                picks = [c for c in pool if steady.get(c, -1) >= bar]
                if picks:
                    if len(picks) == 1:
                        return picks[0]
                    for c in self.preferred:
                        if c in picks:
                            return c
                    return picks[-1]
                bar -= 0.01
            if upto >= len(lines):
                break
            upto = min(upto + step, len(lines))
        return None

    def has_header(self, sample):
        """Guess whether the first row of *sample* names the columns."""
        rows = reader(_lines_of(sample), self.sniff(sample))
        head = next(rows)
        width = len(head)
        kinds = {}
        dropped = set()
        for count, row in enumerate(rows):
            if count >= 20:
                break
            if len(row) != width:
                continue
            for col, cell in enumerate(row):
                if col in dropped:
                    continue
                kind = _cell_kind(cell)
                if col not in kinds:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    dropped.add(col)
                    del kinds[col]
        score = 0
        for col in range(width):
            if col in dropped:
                continue
            kind = kinds.get(col)
            if kind is None:
                score += 1      # nothing to compare with: counts for a header
            elif isinstance(kind, int):
                score += 1 if len(head[col]) != kind else -1
            else:
                score += -1 if _converts(kind, head[col]) else 1
        return score > 0


def _lines_of(text):
    return iter(text.splitlines(True))


def _converts(kind, text):
    try:
        kind(text)
    except (ValueError, OverflowError):
        return False
    return True


def _cell_kind(cell):
    # a numeric type when the text converts, otherwise the text's length
    for kind in (int, float):
        if _converts(kind, cell):
            return kind
    return len(cell)
