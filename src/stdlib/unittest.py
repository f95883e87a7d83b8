"""Unit testing framework (tessera's own implementation of CPython 3.11's ``unittest``).

Written from the library documentation and from observing CPython's output: test cases
and their assert methods, suites, the loader (names, modules, discovery), results, the
text runner with CPython's report format, and ``main``/``python -m unittest``.

tessera has no frame objects: an exception's ``__traceback__`` is a tuple of
``(filename, lineno, name)`` entries, so the reports strip this module's own entries by
file name, and caret lines under the failing source line are not shown."""

import sys
import os
import re as _re
import time as _time
import traceback as _traceback
import warnings as _warnings
import functools as _functools
import fnmatch as _fnmatch

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
           "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "TextTestResult", "installHandler",
           "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext",
           "getTestCaseNames", "makeSuite", "findTestCases"]
__all__ = [n for n in __all__ if n != "IsolatedAsyncioTestCase"]

# Files whose traceback entries belong to the framework and are left out of reports.
# (unittest.mock's entries stay, as in CPython.)
_OWN_FILES = {"<frozen unittest>"}
if globals().get("__file__"):
    _OWN_FILES.add(__file__)
    _OWN_FILES.add(os.path.realpath(__file__))


# ---------------------------------------------------------------------------
# repr helpers

def _shown(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= 80:
        text = text[:80] + " [truncated]..."
    return text


def _qualified(cls):
    return "{}.{}".format(cls.__module__, cls.__qualname__)


_FIT = 80          # reprs longer than this are shortened in `a != b` headlines
_MARK = 12         # room a "[N chars]" marker is reckoned to take
_HEAD = 5          # characters always kept at the start
_TAIL_KEEP = 5     # characters kept at the end of a shortened tail
_DIFF_ROOM = _FIT - (_HEAD + _MARK + _TAIL_KEEP + _MARK + _HEAD)


def _elide(text, keep_front, keep_back):
    cut = len(text) - keep_front - keep_back
    if cut <= _MARK:
        return text
    return "{}[{} chars]{}".format(text[:keep_front], cut, text[len(text) - keep_back:])


def _pair_reprs(*objs):
    """Reprs of objs for a headline; long ones share an elided common beginning."""
    texts = [_shown(o) for o in objs]
    longest = max(len(t) for t in texts)
    if longest <= _FIT:
        return tuple(texts)
    common = os.path.commonprefix(texts)
    n = len(common)
    room = _FIT - (longest - n + _HEAD + _MARK)
    if room > _TAIL_KEEP:
        front = _elide(common, _HEAD, room)
        return tuple(front + t[n:] for t in texts)
    front = _elide(common, _HEAD, _TAIL_KEEP)
    return tuple(front + _elide(t[n:], _DIFF_ROOM, _TAIL_KEEP) for t in texts)


# ---------------------------------------------------------------------------
# A small line/character differ producing the lines of difflib.ndiff.

def _char_is_junk(ch):
    return ch == " " or ch == "\t"


class _Matcher:
    """Longest-common-block matching of two sequences (Ratcliff/Obershelp style)."""

    def __init__(self, a, b, junk=None):
        self.a, self.b = a, b
        where = {}
        for pos, item in enumerate(b):
            where.setdefault(item, []).append(pos)
        self.ignored = set()
        if junk is not None:
            for item in list(where):
                if junk(item):
                    self.ignored.add(item)
                    del where[item]
        size = len(b)
        if size >= 200:
            limit = size // 100 + 1
            for item in [k for k, v in where.items() if len(v) > limit]:
                self.ignored.add(item)
                del where[item]
        self.where = where
        self._blocks = None

    def _longest(self, alo, ahi, blo, bhi):
        a, b, where = self.a, self.b, self.where
        bi, bj, size = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            fresh = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                fresh[j] = k
                if k > size:
                    bi, bj, size = i - k + 1, j - k + 1, k
            runs = fresh
        # grow the block over ignored (junk or popular) items on both sides
        ign = self.ignored
        while bi > alo and bj > blo and b[bj - 1] in ign and a[bi - 1] == b[bj - 1]:
            bi, bj, size = bi - 1, bj - 1, size + 1
        while (bi + size < ahi and bj + size < bhi and b[bj + size] in ign
               and a[bi + size] == b[bj + size]):
            size += 1
        return bi, bj, size

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        found = []
        pending = [(0, len(self.a), 0, len(self.b))]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = self._longest(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append((i, j, k))
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                pi, pj, pk = merged[-1]
                merged[-1] = (pi, pj, pk + k)
            else:
                merged.append((i, j, k))
        self._blocks = merged
        return merged

    def ratio(self):
        total = len(self.a) + len(self.b)
        if not total:
            return 1.0
        return 2.0 * sum(k for _, _, k in self.blocks()) / total

    def opcodes(self):
        ops = []
        i = j = 0
        for ai, bj, k in self.blocks() + [(len(self.a), len(self.b), 0)]:
            if i < ai and j < bj:
                ops.append(("replace", i, ai, j, bj))
            elif i < ai:
                ops.append(("delete", i, ai, j, bj))
            elif j < bj:
                ops.append(("insert", i, ai, j, bj))
            if k:
                ops.append(("equal", ai, ai + k, bj, bj + k))
            i, j = ai + k, bj + k
        return ops


def _guide(line, marks):
    kept = []
    for ch, m in zip(line, marks):
        kept.append(ch if (m == " " and ch.isspace()) else m)
    return "".join(kept).rstrip()


def _pair_lines(aline, bline):
    amarks, bmarks = [], []
    for op, i1, i2, j1, j2 in _Matcher(aline, bline, _char_is_junk).opcodes():
        la, lb = i2 - i1, j2 - j1
        sym = {"replace": ("^", "^"), "delete": ("-", None),
               "insert": (None, "+"), "equal": (" ", " ")}[op]
        if sym[0]:
            amarks.append(sym[0] * la)
        if sym[1]:
            bmarks.append(sym[1] * lb)
    out = ["- " + aline]
    g = _guide(aline, "".join(amarks))
    if g:
        out.append("? " + g + "\n")
    out.append("+ " + bline)
    g = _guide(bline, "".join(bmarks))
    if g:
        out.append("? " + g + "\n")
    return out


def _emit_block(out, a, alo, ahi, b, blo, bhi):
    if alo < ahi and blo < bhi:
        _near_replace(out, a, alo, ahi, b, blo, bhi)
    else:
        out.extend("- " + a[i] for i in range(alo, ahi))
        out.extend("+ " + b[j] for j in range(blo, bhi))


def _near_replace(out, a, alo, ahi, b, blo, bhi):
    best, where, same = 0.0, None, None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if same is None:
                    same = (i, j)
                continue
            r = _Matcher(a[i], b[j], _char_is_junk).ratio()
            if r > best:
                best, where = r, (i, j)
    if best < 0.75:
        if same is None:
            minus = ["- " + a[i] for i in range(alo, ahi)]
            plus = ["+ " + b[j] for j in range(blo, bhi)]
            out.extend(plus + minus if bhi - blo < ahi - alo else minus + plus)
            return
        where = same
    else:
        same = None
    i, j = where
    _emit_block(out, a, alo, i, b, blo, j)
    if same is None:
        out.extend(_pair_lines(a[i], b[j]))
    else:
        out.append("  " + a[i])
    _emit_block(out, a, i + 1, ahi, b, j + 1, bhi)


def _ndiff(a, b):
    out = []
    for op, i1, i2, j1, j2 in _Matcher(a, b).opcodes():
        if op == "equal":
            out.extend("  " + a[i] for i in range(i1, i2))
        elif op == "replace":
            _near_replace(out, a, i1, i2, b, j1, j2)
        else:
            _emit_block(out, a, i1, i2, b, j1, j2)
    return out


# A small pretty-printer giving pprint.pformat's layout for the builtin containers.

def _order(items):
    try:
        return sorted(items)
    except TypeError:
        return sorted(items, key=lambda x: (str(type(x)), id(x)))


def _flat(obj):
    t = type(obj)
    if t is dict:
        return "{" + ", ".join("{}: {}".format(_flat(k), _flat(v))
                               for k, v in _order_pairs(obj)) + "}"
    if t is list:
        return "[" + ", ".join(_flat(x) for x in obj) + "]"
    if t is tuple:
        if len(obj) == 1:
            return "(" + _flat(obj[0]) + ",)"
        return "(" + ", ".join(_flat(x) for x in obj) + ")"
    return _shown(obj)


def _order_pairs(d):
    try:
        keys = sorted(d)
    except TypeError:
        keys = _order(d)
    return [(k, d[k]) for k in keys]


def _layout(obj, col, tail):
    text = _flat(obj)
    t = type(obj)
    if len(text) <= 80 - col - tail or t not in (list, tuple, dict, set, frozenset) or not obj:
        return text
    if t is dict:
        parts = []
        pairs = _order_pairs(obj)
        for n, (k, v) in enumerate(pairs):
            key = _flat(k)
            last = n == len(pairs) - 1
            parts.append(key + ": " + _layout(v, col + 1 + len(key) + 2,
                                             tail + 1 if last else 1))
        return "{" + (",\n" + " " * (col + 1)).join(parts) + "}"
    if t is frozenset:
        opener, closer = "frozenset({", "})"
        items = _order(obj)
    elif t is set:
        opener, closer = "{", "}"
        items = _order(obj)
    elif t is list:
        opener, closer, items = "[", "]", list(obj)
    else:
        opener, closer, items = "(", ",)" if len(obj) == 1 else ")", list(obj)
    inner = col + len(opener)
    parts = []
    for n, x in enumerate(items):
        last = n == len(items) - 1
        parts.append(_layout(x, inner, tail + len(closer) if last else 1))
    return opener + (",\n" + " " * inner).join(parts) + closer


def _pretty_lines(obj):
    return _layout(obj, 0, 0).splitlines()


# ---------------------------------------------------------------------------
# Skipping and expected failures

class SkipTest(Exception):
    """Raise this to skip a test (or a whole class, from setUpClass)."""


class _HaltRun(Exception):
    """Stops a test method after a failing subtest when the result is failfast."""


def skip(reason):
    """Unconditionally skip the decorated test or class."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            @_functools.wraps(original)
            def item(*args, **kwargs):
                raise SkipTest(reason)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        target, reason = reason, ""
        return mark(target)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip the decorated test if condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------------------
# Formatting a caught exception the way the text report shows it

def _own_entry(entry):
    return entry[0] in _OWN_FILES


def _entries_of(exc):
    return _traceback._tb_entries(exc.__traceback__)


def _test_entries(exc, is_failure):
    entries = _entries_of(exc)
    start = 0
    while start < len(entries) and _own_entry(entries[start]):
        start += 1
    entries = entries[start:]
    if is_failure:
        for n, e in enumerate(entries):
            if _own_entry(e):
                entries = entries[:n]
                break
    return entries


def _render_exception(exc, is_failure):
    chain = []
    seen = set()
    node = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        chain.append(node)
        if node.__cause__ is not None:
            node = node.__cause__
        elif node.__context__ is not None and not node.__suppress_context__:
            node = node.__context__
        else:
            node = None
    pieces = []
    for pos in range(len(chain) - 1, -1, -1):
        one = chain[pos]
        entries = _test_entries(one, is_failure and pos == 0)
        if entries:
            pieces.append("Traceback (most recent call last):\n")
            pieces.extend(_traceback.StackSummary.from_list(
                [_traceback.FrameSummary(f, n, name) for f, n, name in entries]).format())
        pieces.extend(_traceback.format_exception_only(type(one), one))
        if pos:
            newer = chain[pos - 1]
            if newer.__cause__ is one:
                pieces.append("\nThe above exception was the direct cause of the "
                              "following exception:\n\n")
            else:
                pieces.append("\nDuring handling of the above exception, another "
                              "exception occurred:\n\n")
    return "".join(pieces)


def _exc_info_of(exc):
    return (type(exc), exc, exc.__traceback__)


# ---------------------------------------------------------------------------
# Results

class _Capture:
    """While a test runs in buffer mode: sys.stdout/sys.stderr swapped for StringIOs."""

    def __init__(self):
        import io
        self.saved = (sys.stdout, sys.stderr)
        self.out, self.err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self.out, self.err

    def texts(self):
        return [("Stdout", self.out.getvalue()), ("Stderr", self.err.getvalue())]

    def release(self, echo):
        sys.stdout, sys.stderr = self.saved
        if echo:
            for (label, text), stream in zip(self.texts(), self.saved):
                if text:
                    stream.write("\n{}:\n{}{}".format(label, text,
                                                       "" if text.endswith("\n") else "\n"))


class TestResult:
    """Holder of test outcomes: errors, failures, skips, expected failures..."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        for listing in ("errors", "failures", "skipped", "expectedFailures",
                        "unexpectedSuccesses"):
            setattr(self, listing, [])
        self.testsRun = 0
        self.shouldStop = self.failfast = self.buffer = self.tb_locals = False
        self._capture = None
        self._echo_capture = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._echo_capture = False
        if self.buffer:
            self._capture = _Capture()

    def startTestRun(self):
        pass

    def stopTest(self, test):
        grabbed, self._capture = self._capture, None
        if grabbed is not None:
            grabbed.release(self._echo_capture)
        self._echo_capture = False

    def stopTestRun(self):
        pass

    def _record_problem(self, listing, test, err, stops=True):
        listing.append((test, self._exc_info_to_string(err, test)))
        self._echo_capture = True
        if stops and self.failfast:
            self.stop()

    def addError(self, test, err):
        self._record_problem(self.errors, test, err)

    def addFailure(self, test, err):
        self._record_problem(self.failures, test, err)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            as_failure = issubclass(err[0], test.failureException)
            self._record_problem(self.failures if as_failure else self.errors, subtest, err,
                                 stops=False)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def addDuration(self, test, elapsed):
        pass

    def wasSuccessful(self):
        return not (self.failures or self.errors or self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        value = err[1] if err[1] is not None else err[0]()
        assertion = getattr(test, "failureException", None)
        text = _render_exception(value, assertion is not None and isinstance(value, assertion))
        if self._capture is not None:
            for label, captured in self._capture.texts():
                if captured:
                    text += "\n{}:\n{}{}".format(label, captured,
                                                 "" if captured.endswith("\n") else "\n")
        return text

    def __repr__(self):
        return "<{} run={} errors={} failures={}>".format(
            _qualified(type(self)), self.testsRun, len(self.errors), len(self.failures))


TestResult.__module__ = "unittest.result"


# ---------------------------------------------------------------------------
# assertRaises / assertWarns context managers

def _expected_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _ExpectationContext:
    _kind = ""

    def __init__(self, expected, test_case, expected_regex=None):
        ok = isinstance(expected, type) and issubclass(expected, self._base)
        if isinstance(expected, tuple) and expected:
            ok = all(isinstance(e, type) and issubclass(e, self._base) for e in expected)
        if not ok:
            raise TypeError("{}() arg 1 must be {}".format(self._kind, self._arg_text))
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = _re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def _fail(self, text):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, text))

    def run_with(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("{!r} is an invalid keyword argument for this function"
                                .format(next(iter(kwargs))))
            return self
        func, rest = args[0], args[1:]
        try:
            self.obj_name = func.__name__
        except AttributeError:
            self.obj_name = str(func)
        with self:
            func(*rest, **kwargs)
        return None

    def _missing(self, verb):
        name = _expected_name(self.expected)
        if self.obj_name:
            self._fail("{} not {} by {}".format(name, verb, self.obj_name))
        self._fail("{} not {}".format(name, verb))


class _RaisesContext(_ExpectationContext):
    _kind = "assertRaises"
    _base = BaseException
    _arg_text = "an exception type or tuple of exception types"

    def __enter__(self):
        return self

    def __exit__(self, etype, value, tb):
        if etype is None:
            self._missing("raised")
        if not issubclass(etype, self.expected):
            return False
        self.exception = value
        if self.expected_regex is not None:
            text = str(value)
            if not self.expected_regex.search(text):
                self._fail('"{}" does not match "{}"'.format(self.expected_regex.pattern, text))
        return True


class _WarnsContext(_ExpectationContext):
    _kind = "assertWarns"
    _base = Warning
    _arg_text = "a warning type or tuple of warning types"

    def __enter__(self):
        for mod in list(sys.modules.values()):
            if getattr(mod, "__warningregistry__", None):
                mod.__warningregistry__ = {}
        self._catcher = _warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        _warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, etype, value, tb):
        self._catcher.__exit__(etype, value, tb)
        if etype is not None:
            return False
        first_text = None
        for w in self.warnings:
            message = w.message
            if not isinstance(message, self.expected):
                continue
            if first_text is None:
                first_text = message
            if self.expected_regex is not None and not self.expected_regex.search(str(message)):
                continue
            self.warning = message
            self.filename = w.filename
            self.lineno = w.lineno
            return None
        if first_text is not None:
            self._fail('"{}" does not match "{}"'.format(self.expected_regex.pattern,
                                                          str(first_text)))
        self._missing("triggered")


class _Outcome:
    """Collects what happens while one test runs (its parts and subtests)."""

    def __init__(self, result, expecting_failure):
        self.result = result
        self.expecting_failure = expecting_failure
        self.success = True
        self.expected_failure = None
        self.skipped = False

    def guarded(self, test, func, *args, body=False):
        """Runs func; reports what it raised against test. True when it returned."""
        try:
            func(*args)
        except KeyboardInterrupt:
            raise
        except _HaltRun:
            self.success = False
        except SkipTest as e:
            self.success = False
            self.skipped = True
            _skip_into(self.result, test, str(e))
        except BaseException as e:
            self.success = False
            if body and self.expecting_failure:
                self.expected_failure = _exc_info_of(e)
            elif isinstance(e, test.failureException):
                self.result.addFailure(test, _exc_info_of(e))
            else:
                self.result.addError(test, _exc_info_of(e))
        else:
            return True
        return False


def _skip_into(result, test, reason):
    adder = getattr(result, "addSkip", None)
    if adder is None:
        _warnings.warn("TestResult has no addSkip method, skips not reported",
                       RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        adder(test, reason)


_NO_MESSAGE = object()


class _SubTestScope:
    def __init__(self, case, message, params):
        self.case = case
        self.message = message
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.outcome = outcome
        self.parent = case._subtest
        if outcome is None:
            return None
        # the innermost block's parameters come first, then those of the enclosing ones
        merged = dict(self.params)
        if self.parent is not None:
            for key, value in self.parent.params.items():
                merged.setdefault(key, value)
        case._subtest = _SubTest(case, self.message, merged)
        return None

    def __exit__(self, etype, value, tb):
        case = self.case
        outcome = self.outcome
        if outcome is None:
            return False
        sub = case._subtest
        case._subtest = self.parent
        result = outcome.result
        if etype is None:
            if hasattr(result, "addSubTest"):
                result.addSubTest(case, sub, None)
            return False
        if issubclass(etype, KeyboardInterrupt):
            return False
        if issubclass(etype, _HaltRun):
            return False
        outcome.success = False
        if issubclass(etype, SkipTest):
            _skip_into(result, sub, str(value))
            return True
        if outcome.expecting_failure:
            outcome.expected_failure = (etype, value, tb)
        else:
            result.addSubTest(case, sub, (etype, value, tb))
        if getattr(result, "failfast", False) or result.shouldStop:
            raise _HaltRun()
        return True


# ---------------------------------------------------------------------------
# TestCase

class TestCase:
    """One test method of a class; the assert methods check conditions."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._testMethodDoc = "No test"
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in {}: {}".format(type(self), methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._type_checks = {
            dict: "assertDictEqual", list: "assertListEqual", tuple: "assertTupleEqual",
            set: "assertSetEqual", frozenset: "assertSetEqual", str: "assertMultiLineEqual",
        }

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_checks[typeobj] = function

    # -- cleanups and fixtures ------------------------------------------------

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        return _enter_with_cleanup(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        _class_cleanup_lists.setdefault(cls, []).append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_with_cleanup(cm, cls.addClassCleanup)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return "{}.{}".format(_qualified(type(self)), self._testMethodName)

    def _identity(self):
        return (type(self), self._testMethodName)

    def __eq__(self, other):
        if type(other) is type(self):
            return self._identity() == other._identity()
        return NotImplemented

    def __hash__(self):
        return hash(self._identity())

    def __str__(self):
        name = self._testMethodName
        return "{} ({}.{})".format(name, _qualified(type(self)), name)

    def __repr__(self):
        return "<{} testMethod={}>".format(_qualified(type(self)), self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        return _SubTestScope(self, msg, params)

    def _run_method(self, method):
        returned = method()
        if returned is not None:
            _warnings.warn("It is deprecated to return a value that is not None from a "
                           "test case ({})".format(method), DeprecationWarning, stacklevel=3)

    def run(self, result=None):
        if result is None:
            fresh = self.defaultTestResult()
            _maybe_call(fresh, "startTestRun")
            try:
                return self.run(fresh)
            finally:
                _maybe_call(fresh, "stopTestRun")
        result.startTest(self)
        try:
            self._run_phases(result)
        finally:
            result.stopTest(self)
        return result

    def _run_phases(self, result):
        method = getattr(self, self._testMethodName)
        why = _skip_reason_of(type(self), method)
        if why is not None:
            _skip_into(result, self, why)
            return
        expecting = bool(getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
        outcome = self._outcome = _Outcome(result, expecting)
        try:
            if outcome.guarded(self, self.setUp):
                outcome.guarded(self, self._run_method, method, body=True)
                outcome.guarded(self, self.tearDown)
            self._drain_cleanups(outcome)
            self._verdict(outcome, result, expecting)
        finally:
            self._outcome = self._subtest = None

    def _verdict(self, outcome, result, expecting):
        if outcome.success:
            if expecting:
                result.addUnexpectedSuccess(self)
            else:
                result.addSuccess(self)
            return
        caught = outcome.expected_failure
        if caught is None:
            return
        report = getattr(result, "addExpectedFailure", None)
        if report is None:
            _warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                           RuntimeWarning)
            result.addSuccess(self)
        else:
            report(self, caught)

    def _drain_cleanups(self, outcome):
        pending = self._cleanups
        while pending:
            function, args, kwargs = pending.pop()
            outcome.guarded(self, lambda: function(*args, **kwargs))

    def doCleanups(self):
        outcome = self._outcome
        if outcome is None:
            outcome = _Outcome(TestResult(), False)
        self._drain_cleanups(outcome)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        problems = _class_cleanup_errors[cls] = []
        pending = _class_cleanup_lists.get(cls, [])
        while pending:
            function, args, kwargs = pending.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                problems.append(e)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        why = _skip_reason_of(type(self), method)
        if why is not None:
            raise SkipTest(why)
        self.setUp()
        self._run_method(method)
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- the assert methods -------------------------------------------------

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        try:
            return "{} : {}".format(standardMsg, msg)
        except UnicodeDecodeError:
            return "{} : {}".format(_shown(standardMsg), _shown(msg))

    def _complain(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + ("\nDiff is {} characters long. Set self.maxDiff to None "
                          "to see it.".format(len(diff)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self._complain(msg, "{} is not false".format(_shown(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._complain(msg, "{} is not true".format(_shown(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        return _RaisesContext(expected_exception, self).run_with("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        ctx = _RaisesContext(expected_exception, self, expected_regex)
        return ctx.run_with("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _WarnsContext(expected_warning, self).run_with("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        ctx = _WarnsContext(expected_warning, self, expected_regex)
        return ctx.run_with("assertWarnsRegex", args, kwargs)

    def _equality_check(self, first, second):
        if type(first) is type(second):
            check = self._type_checks.get(type(first))
            if check is not None:
                return getattr(self, check) if isinstance(check, str) else check
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._complain(msg, "{} != {}".format(*_pair_reprs(first, second)))

    def assertEqual(self, first, second, msg=None):
        self._equality_check(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._complain(msg, "{} == {}".format(_shown(first), _shown(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return      # even with both places and delta given
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is None:
            digits = 7 if places is None else places
            if round(gap, digits) == 0:
                return
            how = "{!r} places".format(digits)
        elif gap <= delta:
            return
        else:
            how = "{} delta".format(_shown(delta))
        self._complain(msg, "{} != {} within {} ({} difference)".format(
            _shown(first), _shown(second), how, _shown(gap)))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is None:
            digits = 7 if places is None else places
            if first != second and round(gap, digits) != 0:
                return
            detail = "{!r} places".format(digits)
        elif first != second and gap > delta:
            return
        else:
            detail = "{} delta ({} difference)".format(_shown(delta), _shown(gap))
        self._complain(msg, "{} == {} within {}".format(_shown(first), _shown(second), detail))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            for label, seq in (("First", seq1), ("Second", seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException(self._formatMessage(
                        msg, "{} sequence is not a {}: {}".format(label, kind, _shown(seq))))
        else:
            kind = "sequence"
        sizes = []
        problem = None
        for label, seq in (("First", seq1), ("Second", seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                problem = "{} {} has no length.    Non-sequence?".format(label, kind)
                break
        if problem is None:
            if seq1 == seq2:
                return
            problem = self._sequence_report(seq1, seq2, kind, seq_type, sizes[0], sizes[1])
            if problem is None:
                return
            problem = self._truncateMessage(problem, "\n" + "\n".join(
                _ndiff(_pretty_lines(seq1), _pretty_lines(seq2))))
        self.fail(self._formatMessage(msg, problem))

    def _sequence_report(self, seq1, seq2, kind, seq_type, n1, n2):
        text = "{}s differ: {} != {}\n".format(kind.capitalize(), *_pair_reprs(seq1, seq2))
        for i in range(min(n1, n2)):
            try:
                left = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                return text + "\nUnable to index element {} of first {}\n".format(i, kind)
            try:
                right = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                return text + "\nUnable to index element {} of second {}\n".format(i, kind)
            if left != right:
                text += "\nFirst differing element {}:\n{}\n{}\n".format(
                    i, *_pair_reprs(left, right))
                break
        else:
            if n1 == n2 and seq_type is None and type(seq1) != type(seq2):
                return None
        if n1 != n2:
            longer, seq, short = ("First", seq1, n2) if n1 > n2 else ("Second", seq2, n1)
            text += "\n{} {} contains {} additional elements.\n".format(
                longer, kind, abs(n1 - n2))
            try:
                text += "First extra element {}:\n{}\n".format(short, _shown(seq[short]))
            except (TypeError, IndexError, NotImplementedError):
                text += "Unable to index element {} of {} {}\n".format(
                    short, longer.lower(), kind)
        return text

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        gone = self._set_minus(set1, set2, "first")
        extra = self._set_minus(set2, set1, "second")
        if not (gone or extra):
            return
        lines = []
        if gone:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(x) for x in gone)
        if extra:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(x) for x in extra)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def _set_minus(self, left, right, which):
        try:
            return left.difference(right)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: {}".format(e))
        except AttributeError as e:
            self.fail("{} argument does not support set difference: {}".format(which, e))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._complain(msg, "{} not found in {}".format(_shown(member), _shown(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._complain(msg, "{} unexpectedly found in {}".format(
                _shown(member), _shown(container)))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._complain(msg, "{} is not {}".format(_shown(expr1), _shown(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._complain(msg, "unexpectedly identical: {}".format(_shown(expr1)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            head = "{} != {}".format(*_pair_reprs(d1, d2))
            body = "\n" + "\n".join(_ndiff(_pretty_lines(d1), _pretty_lines(d2)))
            self.fail(self._formatMessage(msg, self._truncateMessage(head, body)))

    def assertCountEqual(self, first, second, msg=None):
        left, right = list(first), list(second)
        tallies = []    # [item, count in first, count in second]
        for side, items in ((1, left), (2, right)):
            for item in items:
                for row in tallies:
                    if row[0] is item or row[0] == item:
                        row[side] += 1
                        break
                else:
                    row = [item, 0, 0]
                    row[side] = 1
                    tallies.append(row)
        odd = [row for row in tallies if row[1] != row[2]]
        if odd:
            text = "Element counts were not equal:\n" + "\n".join(
                "First has {}, Second has {}:  {!r}".format(r[1], r[2], r[0]) for r in odd)
            self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first == second:
            return
        if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
            self._baseAssertEqual(first, second, msg)
        left = first.splitlines(True)
        right = second.splitlines(True)
        if len(left) == 1 and first.strip("\r\n") == first:
            left = [first + "\n"]
            right = [second + "\n"]
        head = "{} != {}".format(*_pair_reprs(first, second))
        body = "\n" + "".join(_ndiff(left, right))
        self.fail(self._formatMessage(msg, self._truncateMessage(head, body)))

    def _ordered(self, ok, first, second, words, msg):
        if not ok:
            self._complain(msg, "{} {} {}".format(_shown(first), words, _shown(second)))

    def assertLess(self, a, b, msg=None):
        self._ordered(a < b, a, b, "not less than", msg)

    def assertLessEqual(self, a, b, msg=None):
        self._ordered(a <= b, a, b, "not less than or equal to", msg)

    def assertGreater(self, a, b, msg=None):
        self._ordered(a > b, a, b, "not greater than", msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._ordered(a >= b, a, b, "not greater than or equal to", msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._complain(msg, "{} is not None".format(_shown(obj)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._complain(msg, "unexpectedly None")

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._complain(msg, "{} is not an instance of {!r}".format(_shown(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._complain(msg, "{} is an instance of {!r}".format(_shown(obj), cls))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, (str, bytes)):
            if not expected_regex:
                raise AssertionError("expected_regex must not be empty.")
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            self._complain(msg, "Regex didn't match: {!r} not found in {!r}".format(
                expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self._complain(msg, "Regex matched: {!r} matches {!r} in {!r}".format(
                text[found.start():found.end()], unexpected_regex.pattern, text))


TestCase.__module__ = "unittest.case"
_class_cleanup_lists = {}
_class_cleanup_errors = {}


def _one_tolerance(places, delta):
    if places is not None and delta is not None:
        raise TypeError("specify delta or places not both")


def _maybe_call(obj, name):
    hook = getattr(obj, name, None)
    if hook is not None:
        hook()


def _skip_reason_of(cls, method):
    for holder in (cls, method):
        if getattr(holder, "__unittest_skip__", False):
            return getattr(holder, "__unittest_skip_why__", "")
    return None
SkipTest.__module__ = "unittest.case"


def _enter_with_cleanup(cm, register):
    kind = type(cm)
    try:
        enter = kind.__enter__
        leave = kind.__exit__
    except AttributeError:
        raise TypeError("'{}.{}' object does not support the context manager protocol"
                        .format(kind.__module__, kind.__qualname__)) from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


class _SubTest(TestCase):
    """Stands for one subTest() block in reports."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message, self.params = test_case, message, params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("a subtest only describes part of a test")

    def _subDescription(self):
        bits = []
        if self._message is not _NO_MESSAGE:
            bits.append("[{}]".format(self._message))
        if self.params:
            bits.append("({})".format(", ".join(
                "{}={!r}".format(k, v) for k, v in self.params.items())))
        return " ".join(bits) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


_SubTest.__module__ = "unittest.case"


class FunctionTestCase(TestCase):
    """Wraps a plain function (with optional set-up and tear-down) as a test."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._parts = (testFunc, setUp, tearDown, description)

    def setUp(self):
        before = self._parts[1]
        if before is not None:
            before()

    def tearDown(self):
        after = self._parts[2]
        if after is not None:
            after()

    def runTest(self):
        self._parts[0]()

    def id(self):
        return self._parts[0].__name__

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self._parts == other._parts
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts)

    def __str__(self):
        return "{} ({})".format(_qualified(type(self)), self._parts[0].__name__)

    def __repr__(self):
        return "<{} tec={!r}>".format(_qualified(type(self)), self._parts[0])

    def shortDescription(self):
        func, _, _, text = self._parts
        if text is not None:
            return text
        doc = func.__doc__
        if not doc:
            return None
        return doc.split("\n")[0].strip() or None


FunctionTestCase.__module__ = "unittest.case"

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    return _enter_with_cleanup(cm, addModuleCleanup)


def doModuleCleanups():
    first_problem = None
    for function, args, kwargs in reversed(_module_cleanups):
        try:
            function(*args, **kwargs)
        except Exception as e:
            if first_problem is None:
                first_problem = e
    del _module_cleanups[:]
    if first_problem is not None:
        raise first_problem


# ---------------------------------------------------------------------------
# Suites (and the class/module fixtures run between their tests)

class _ErrorHolder:
    """Stands in reports for a fixture (setUpClass, tearDownModule...) that failed."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def __str__(self):
        return self.description

    id = __str__

    def __repr__(self):
        return "<ErrorHolder description={!r}>".format(self.description)

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def run(self, result=None):
        return None

    __call__ = run


class BaseTestSuite:
    """A collection of tests, run in order."""

    _drop_after_run = True

    def __init__(self, tests=()):
        self._tests = []
        self._spent = 0       # tests already run and dropped still count
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return list(other) == list(self)
        return NotImplemented

    def __repr__(self):
        return "<{} tests={}>".format(_qualified(type(self)), list(self))

    def countTestCases(self):
        return self._spent + sum(t.countTestCases() for t in self if t)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for one in tests:
            self.addTest(one)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{!r} is not callable".format(test))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def _drop(self, position):
        gone = self._tests[position]
        if gone is not None and hasattr(gone, "countTestCases"):
            self._spent += gone.countTestCases()
        self._tests[position] = None

    def _each(self, result):
        """Yields the tests to run, dropping each once it has run."""
        for position, test in enumerate(self):
            if result.shouldStop:
                return
            yield test
            if self._drop_after_run:
                self._drop(position)

    def run(self, result):
        for test in self._each(result):
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


BaseTestSuite.__module__ = "unittest.suite"


class _FixtureState:
    """What a run has set up so far: kept on the result by the outermost suite."""

    def __init__(self):
        self.current = None          # class whose setUpClass ran last
        self.broken_classes = set()
        self.module_broken = False
        self.depth = 0


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule."""

    def run(self, result, debug=False):
        state = getattr(result, "_fixture_state", None)
        if state is None:
            state = _FixtureState()
            try:
                result._fixture_state = state
            except AttributeError:
                pass
        state.depth += 1
        try:
            for test in self._each(result):
                if isinstance(test, TestCase):
                    kind = type(test)
                    self._move_to(kind, result, state)
                    if state.module_broken or kind in state.broken_classes:
                        continue
                if debug:
                    test.debug()
                else:
                    test(result)
        finally:
            state.depth -= 1
        if state.depth == 0:
            self._move_to(None, result, state)
            try:
                del result._fixture_state
            except AttributeError:
                pass
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _move_to(self, cls, result, state):
        """Tears down the previous class (and module) and sets up cls (and its module)."""
        old = state.current
        if old is cls:
            return
        if old is not None:
            self._class_done(old, result, state)
        old_module = None if old is None else old.__module__
        new_module = None if cls is None else cls.__module__
        if old_module != new_module:
            if old_module is not None:
                self._module_done(old_module, result, state)
            if new_module is not None:
                self._module_begin(new_module, result, state)
        state.current = cls
        if cls is not None:
            self._class_begin(cls, result, state)

    def _complain(self, result, label, exc):
        stand_in = _ErrorHolder(label)
        if isinstance(exc, SkipTest):
            _skip_into(result, stand_in, str(exc))
        elif isinstance(result, _DebugResult):
            raise exc
        else:
            result.addError(stand_in, _exc_info_of(exc))

    def _module_begin(self, name, result, state):
        state.module_broken = False
        hook = getattr(sys.modules.get(name), "setUpModule", None)
        if hook is None:
            return
        try:
            hook()
        except Exception as e:
            state.module_broken = True
            self._complain(result, "setUpModule ({})".format(name), e)
            self._module_cleanups(name, result)

    def _module_done(self, name, result, state):
        if state.module_broken:
            return
        hook = getattr(sys.modules.get(name), "tearDownModule", None)
        try:
            if hook is not None:
                hook()
        except Exception as e:
            self._complain(result, "tearDownModule ({})".format(name), e)
        self._module_cleanups(name, result)

    def _module_cleanups(self, name, result):
        try:
            doModuleCleanups()
        except Exception as e:
            self._complain(result, "tearDownModule ({})".format(name), e)

    def _class_begin(self, cls, result, state):
        if state.module_broken or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.setUpClass()
        except Exception as e:
            state.broken_classes.add(cls)
            self._complain(result, "setUpClass ({})".format(_qualified(cls)), e)
            self._class_cleanups(cls, result)

    def _class_done(self, cls, result, state):
        if state.module_broken or cls in state.broken_classes \
                or getattr(cls, "__unittest_skip__", False):
            return
        try:
            cls.tearDownClass()
        except Exception as e:
            self._complain(result, "tearDownClass ({})".format(_qualified(cls)), e)
        self._class_cleanups(cls, result)

    def _class_cleanups(self, cls, result):
        runner = getattr(cls, "doClassCleanups", None)
        if runner is None:
            return
        runner()
        for problem in _class_cleanup_errors.pop(cls, ()):
            self._complain(result, "tearDownClass ({})".format(_qualified(cls)), problem)


TestSuite.__module__ = "unittest.suite"


class _DebugResult:
    shouldStop = False


# ---------------------------------------------------------------------------
# Loading tests

def _three_way(x, y):
    return (x > y) - (x < y)


class _FailedTest(TestCase):
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)

        def fails():
            raise self._exception
        return fails


_FailedTest.__module__ = "unittest.loader"


class TestLoader:
    """Finds tests in classes, modules, names and directories and builds suites."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def _failed(self, name, exception_text, exc_class=ImportError):
        self.errors.append(exception_text)
        return self.suiteClass((_FailedTest(name, exc_class(exception_text)),))

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        if testCaseClass in (TestCase, FunctionTestCase):
            return self.suiteClass([])
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if args or "use_load_tests" in kws:
            _warnings.warn("use_load_tests is deprecated and ignored", DeprecationWarning)
            kws.pop("use_load_tests", None)
        if len(args) > 1:
            raise TypeError("loadTestsFromModule() takes 1 positional argument but "
                            "{} were given".format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument "
                            "'{}'".format(next(iter(kws))))
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and \
                    obj not in (TestCase, FunctionTestCase):
                found.append(self.loadTestsFromTestCase(obj))
        suite = self.suiteClass(found)
        hook = getattr(module, "load_tests", None)
        if hook is not None:
            try:
                return hook(self, suite, pattern)
            except Exception as e:
                text = "Failed to call load_tests:\n" + _render_exception(e, False)
                return self._failed(module.__name__, text)
        return suite

    def _import_prefix(self, parts):
        """Imports the longest importable prefix of parts; (module, rest, error text)."""
        trail = list(parts)
        failure = None
        while trail:
            try:
                module = __import__(".".join(trail))
                return module, parts[1:], None, trail
            except ImportError as e:
                if failure is None:
                    failure = "Failed to import test module: {}\n{}".format(
                        ".".join(trail), _render_exception(e, False))
                trail.pop()
        return None, None, failure, None

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        failure = None
        if module is None:
            module, rest, failure, imported = self._import_prefix(parts)
            if module is None:
                return self._failed(parts[-1], failure)
            rest = parts[1:]
            obj = module
        else:
            rest = parts
            obj = module
        parent = None
        for pos, part in enumerate(rest):
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if failure is not None and getattr(obj, "__path__", None) is not None \
                        and pos >= len(imported) - 1:
                    return self._failed(part, failure)
                text = "{}".format(e)
                return self._failed(part, text, AttributeError)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase) \
                and not isinstance(obj, type):
            inst = parent(parts[-1])
            if not isinstance(getattr(inst, parts[-1]), type(lambda: 0)) and \
                    not callable(getattr(inst, parts[-1])):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            made = obj()
            if isinstance(made, TestSuite):
                return made
            if isinstance(made, TestCase):
                return self.suiteClass([made])
            raise TypeError("calling {} returned {}, not a test".format(obj, made))
        raise TypeError("don't know how to make test from: {}".format(obj))

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(name):
            if not name.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if not patterns:
                return True
            full = "{}.{}".format(_qualified(testCaseClass), name)
            return any(_fnmatch.fnmatchcase(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=_functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    # -- discovery ----------------------------------------------------------

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        added_path = False
        if top_level_dir is None and self._top_level_dir is not None:
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            added_path = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                if not os.path.isfile(os.path.join(start_dir, "__init__.py")):
                    raise ImportError("Start directory is not importable: {!r}"
                                      .format(start_dir))
        else:
            raise ImportError("Start directory is not importable: {!r}".format(start_dir))
        tests = list(self._walk(start_dir, pattern))
        return self.suiteClass(tests)

    def _module_name(self, path):
        rel = os.path.relpath(os.path.splitext(os.path.normpath(path))[0], self._top_level_dir)
        return rel.replace(os.sep, ".")

    def _walk(self, folder, pattern):
        for entry in sorted(os.listdir(folder)):
            full = os.path.join(folder, entry)
            if os.path.isfile(full):
                stem, ext = os.path.splitext(entry)
                if ext != ".py" or not stem.isidentifier():
                    continue
                if not _fnmatch.fnmatch(entry, pattern):
                    continue
                name = self._module_name(full)
                try:
                    __import__(name)
                except SkipTest as e:
                    yield self._skipped_module(name, str(e))
                    continue
                except Exception as e:
                    yield self._failed(name, "Failed to import test module: {}\n{}".format(
                        name, _render_exception(e, False)))
                    continue
                module = sys.modules[name]
                yield self.loadTestsFromModule(module, pattern=pattern)
            elif os.path.isdir(full):
                if not os.path.isfile(os.path.join(full, "__init__.py")):
                    continue
                name = self._module_name(full)
                try:
                    __import__(name)
                except Exception as e:
                    yield self._failed(name, "Failed to import test module: {}\n{}".format(
                        name, _render_exception(e, False)))
                    continue
                package = sys.modules[name]
                hook = getattr(package, "load_tests", None)
                if hook is not None:
                    if name in self._loading_packages:
                        continue
                    self._loading_packages.add(name)
                    try:
                        yield hook(self, self.suiteClass(list(self._walk(full, pattern))),
                                   pattern)
                    finally:
                        self._loading_packages.discard(name)
                    continue
                yield from self._walk(full, pattern)

    def _skipped_module(self, name, reason):
        @skip(reason)
        def testSkipped(self):
            pass
        cls = type("ModuleSkipped", (TestCase,), {name: testSkipped})
        cls.__module__ = "unittest.loader"
        return self.suiteClass((cls(name),))


TestLoader.__module__ = "unittest.loader"
defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=_three_way, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=_three_way, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)


# ---------------------------------------------------------------------------
# The text runner

class _LineStream:
    """A stream with writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, name):
        if name in ("stream", "__getstate__"):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def writeln(self, text=None):
        if text:
            self.stream.write(text)
        self.stream.write("\n")


class TextTestResult(TestResult):
    """Prints each outcome to a stream as it happens (dots, or one line per test)."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.dots, self.showAll = verbosity == 1, verbosity > 1
        self._open_for = None     # the test whose "desc ... " ends the current line
        self._line_open = False

    def getDescription(self, test):
        text = str(test)
        doc = test.shortDescription() if self.descriptions else None
        return text + "\n" + doc if doc else text

    def _put(self, *pieces, end=""):
        for piece in pieces:
            self.stream.write(piece)
        if end:
            self.stream.write(end)
        self.stream.flush()

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self._put(self.getDescription(test), " ... ")
            self._open_for, self._line_open = test, True

    def _report(self, test, word, mark):
        if self.showAll:
            if test is not self._open_for:
                if self._line_open:
                    self.stream.writeln()
                if isinstance(test, _SubTest):
                    self.stream.write("  ")
                self.stream.write(self.getDescription(test))
                self.stream.write(" ... ")
            self.stream.writeln(word)
            self.stream.flush()
            self._open_for = None
            self._line_open = False
        elif self.dots:
            self.stream.write(mark)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._report(subtest, "FAIL", "F")
            else:
                self._report(subtest, "ERROR", "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report(test, "ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report(test, "ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report(test, "FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report(test, "skipped {!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report(test, "unexpected success", "u")

    def printErrors(self):
        if self.showAll or self.dots:
            self._put(end="\n")
        for flavour, listing in (("ERROR", self.errors), ("FAIL", self.failures)):
            self.printErrorList(flavour, listing)
        for test in getattr(self, "unexpectedSuccesses", ()):
            self._put(self.separator1, "\nUNEXPECTED SUCCESS: ", self.getDescription(test),
                      end="\n")

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            self._put("{}\n{}: {}\n{}\n{}".format(self.separator1, flavour,
                                                  self.getDescription(test), self.separator2,
                                                  text), end="\n")


TextTestResult.__module__ = "unittest.runner"


class TextTestRunner:
    """Runs tests and prints their results and a summary to a stream."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _LineStream(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        self.warnings = warnings
        self.resultclass = resultclass or type(self).resultclass

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def _timed_run(self, test, result):
        with _warnings.catch_warnings():
            if self.warnings:
                _warnings.simplefilter(self.warnings)
            began = _time.perf_counter()
            _maybe_call(result, "startTestRun")
            try:
                test(result)
            finally:
                _maybe_call(result, "stopTestRun")
            return _time.perf_counter() - began

    def run(self, test):
        result = self._makeResult()
        registerResult(result)
        for option in ("failfast", "buffer", "tb_locals"):
            setattr(result, option, getattr(self, option))
        took = self._timed_run(test, result)
        result.printErrors()
        out = self.stream
        if hasattr(result, "separator2"):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln("Ran {} test{} in {:.3f}s".format(count, "" if count == 1 else "s", took))
        out.writeln()
        out.write(self._summary(result))
        out.flush()
        return result

    def _summary(self, result):
        counts = []
        if result.wasSuccessful():
            verdict = "OK"
        else:
            verdict = "FAILED"
            counts += [("failures", result.failures), ("errors", result.errors)]
        counts += [("skipped", getattr(result, "skipped", ())),
                   ("expected failures", getattr(result, "expectedFailures", ())),
                   ("unexpected successes", getattr(result, "unexpectedSuccesses", ()))]
        shown = ["{}={}".format(label, len(items)) for label, items in counts if items]
        if shown:
            return "{} ({})\n".format(verdict, ", ".join(shown))
        return verdict + "\n"


TextTestRunner.__module__ = "unittest.runner"


def registerResult(result):
    pass


def removeResult(result):
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None


# ---------------------------------------------------------------------------
# main() and the command line

_HELP = """\
usage: {prog} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]{tail}

positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


class TestProgram:
    """Loads tests from a module (or the command line) and runs them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            top, *rest = module.split(".")
            found = __import__(module)
            for part in rest:
                found = getattr(found, part)
            module = found
        self.module = module
        argv = sys.argv if argv is None else argv
        if warnings is None and not getattr(sys, "warnoptions", None):
            warnings = "default"
        self.__dict__.update(exit=exit, failfast=failfast, catchbreak=catchbreak,
                             verbosity=verbosity, buffer=buffer, tb_locals=tb_locals,
                             warnings=warnings, defaultTest=defaultTest,
                             testRunner=testRunner, testLoader=testLoader,
                             progName=os.path.basename(argv[0]))
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self):
        if self.module is None:
            prog = "python -m unittest"
            tail = " [tests ...]"
        else:
            prog = self.progName
            tail = " [tests ...]"
        print(_HELP.format(prog=prog, tail=tail), end="")

    def _error(self, text):
        prog = "python -m unittest" if self.module is None else self.progName
        sys.stderr.write("usage: {} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] "
                         "[-k TESTNAMEPATTERNS] [tests ...]\n".format(prog))
        sys.stderr.write("{}: error: {}\n".format(prog, text))
        sys.exit(2)

    def _options(self, args, discovery):
        """Consumes option arguments; returns the positional ones."""
        positional = []
        patterns = []
        extra = {}
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg in ("-h", "--help"):
                self._print_help()
                sys.exit(0)
            elif arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg == "--locals":
                self.tb_locals = True
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg in ("-c", "--catch"):
                self.catchbreak = True
            elif arg in ("-b", "--buffer"):
                self.buffer = True
            elif arg == "-k" or arg.startswith("-k"):
                if arg == "-k":
                    if i >= len(args):
                        self._error("argument -k: expected one argument")
                    value = args[i]
                    i += 1
                else:
                    value = arg[2:]
                patterns.append(value if "*" in value else "*{}*".format(value))
            elif discovery and arg in ("-s", "--start-directory", "-p", "--pattern",
                                       "-t", "--top-level-directory"):
                if i >= len(args):
                    self._error("argument {}: expected one argument".format(arg))
                extra[arg.lstrip("-")[0]] = args[i]
                i += 1
            elif arg.startswith("-") and arg != "-":
                self._error("unrecognized arguments: {}".format(arg))
            else:
                positional.append(arg)
        if patterns:
            self.testNamePatterns = patterns
        return positional, extra

    def parseArgs(self, argv):
        args = list(argv[1:])
        if self.module is None and (not args or args[0] == "discover" or
                                    all(a.startswith("-") for a in args)):
            if args and args[0] == "discover":
                args = args[1:]
            self._do_discovery(args)
            return
        names, _ = self._options(args, False)
        chosen = self.defaultTest
        if names:
            self.testNames = [_name_from_path(n) for n in names]
        elif chosen is None:
            self.testNames = None
        else:
            self.testNames = [chosen] if isinstance(chosen, str) else list(chosen)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        loader = self.testLoader
        if from_discovery and Loader is not None:
            loader = Loader()
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            made = loader.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            made = loader.loadTestsFromNames(self.testNames, self.module)
        else:
            made = loader.loadTestsFromModule(self.module)
        self.test = made

    def _do_discovery(self, argv, Loader=None):
        positional, extra = self._options(argv, True)
        where = dict(s=".", p="test*.py", t=None)
        for key, value in zip("spt", positional):
            where[key] = value
        if len(positional) > 3:
            self._error("unrecognized arguments: {}".format(" ".join(positional[3:])))
        where.update(extra)
        self.start, self.pattern, self.top = where["s"], where["p"], where["t"]
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        runner = self.testRunner or TextTestRunner
        if isinstance(runner, type):
            options = dict(verbosity=self.verbosity, failfast=self.failfast,
                           buffer=self.buffer, warnings=self.warnings, tb_locals=self.tb_locals)
            while True:
                try:
                    runner = runner(**options)
                    break
                except TypeError:
                    if not options:
                        raise
                    # older runner signatures: without tb_locals, then without anything
                    options = {} if "tb_locals" not in options else \
                        {k: v for k, v in options.items() if k != "tb_locals"}
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


TestProgram.__module__ = "unittest.main"
main = TestProgram


def _name_from_path(name):
    if os.path.isfile(name) and name.lower().endswith(".py"):
        if os.path.isabs(name):
            rel = os.path.relpath(name)
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            name = rel
        return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


if __name__ == "__main__":
    # `python -m unittest`: run through the imported module, so that the test classes
    # (which subclass unittest.TestCase) and the loader agree on the classes.
    import unittest as _real
    sys.argv[0] = "python -m unittest"
    _real.main(module=None)
