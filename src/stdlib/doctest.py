"""doctest: run the interactive examples in docstrings and compare their output.

Written for tessera from the doctest documentation and CPython 3.11's observable
behaviour (its report format, option flags and result counts).
"""

import sys
import collections

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
    "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker",
    "DocTestFailure", "UnexpectedException", "DebugRunner", "testmod", "testfile",
    "run_docstring_examples", "TestResults",
]

TestResults = collections.namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    return "".join(line if line == "\n" else " " * indent + line
                   for line in s.splitlines(True))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(" "))


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno and self.indent == other.indent
                and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % len(self.examples)
        return "<%s %s from %s:%s (%s)>" % (self.__class__.__name__, self.name,
                                            self.filename, self.lineno, examples)

    def _key(self):
        return (self.name, self.filename or "", -1 if self.lineno is None else self.lineno,
                id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


def _traceback_header(line):
    s = line.strip()
    return s in ("Traceback (most recent call last):", "Traceback (innermost last):")


def _exception_message(want_lines):
    """The exception lines of an expected traceback: what follows the indented stack
    (or '...') after the header, starting at the first line that begins with a word."""
    for i, line in enumerate(want_lines[1:], 1):
        if line[:1].isalnum() or line[:1] == "_":
            return "".join(want_lines[i:])
    return ""


class DocTestParser:
    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        min_indent = None
        for line in string.split("\n"):
            stripped = line.lstrip(" ")
            if stripped:
                n = len(line) - len(stripped)
                if min_indent is None or n < min_indent:
                    min_indent = n
        if min_indent:
            string = "\n".join(line[min_indent:] for line in string.split("\n"))
        lines = string.split("\n")
        output = []
        i = 0
        n = len(lines)
        text_start = 0
        while i < n:
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                i += 1
                continue
            indent = len(line) - len(stripped)
            start = i
            output.append("\n".join(lines[text_start:start]))
            source_lines = [line]
            i += 1
            while i < n and lines[i].lstrip(" ").startswith("..."):
                source_lines.append(lines[i])
                i += 1
            self._check_prompt_blank(lines, source_lines, indent, name, start)
            self._check_prefix(source_lines[1:], " " * indent + ".", name, start + 1)
            want_lines = []
            while i < n:
                s2 = lines[i]
                if not s2.strip():
                    break
                if s2.lstrip(" ").startswith(">>>"):
                    break
                want_lines.append(s2)
                i += 1
            self._check_prefix(want_lines, " " * indent, name, start + len(source_lines))
            source = "\n".join(sl[indent + 4:] for sl in source_lines)
            want = "\n".join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += "\n"
            exc_msg = None
            wl = want.splitlines(True)
            if wl and _traceback_header(wl[0]):
                exc_msg = _exception_message(wl)
            options = self._find_options(source, name, start)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=start,
                                      indent=min_indent + indent if min_indent else indent,
                                      options=options))
            text_start = i
        output.append("\n".join(lines[text_start:]))
        return output

    def _check_prompt_blank(self, lines, source_lines, indent, name, lineno):
        for i, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent "
                                 "leading whitespace: %r" % (lineno + i + 1, name, line))

    def _is_blank_or_comment(self, source):
        for line in source.split("\n"):
            s = line.strip()
            if s and not s.startswith("#"):
                return False
        return True

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split("\n"):
            i = line.find("#")
            while i >= 0:
                rest = line[i + 1:].lstrip()
                if rest.startswith("doctest:"):
                    spec = rest[len("doctest:"):]
                    for option in spec.replace(",", " ").split():
                        if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                            raise ValueError("line %r of the doctest for %s has an invalid "
                                             "option: %r" % (lineno + 1, name, option))
                        options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
                    break
                i = line.find("#", i + 1)
        if options and self._is_blank_or_comment(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


def _is_function(obj):
    return type(obj).__name__ == "function"


def _is_routine(obj):
    return type(obj).__name__ in ("function", "builtin_function_or_method", "method")


def _foreign_wrapper(func):
    """A wrapper made in another module (functools.lru_cache's, here a Python function,
    in CPython an object of its own): it belongs where functools.wraps says, and has
    no source line of its own."""
    return (hasattr(func, "__wrapped__")
            and func.__globals__.get("__name__") != getattr(func, "__module__", None))


def _unwrap(obj):
    for _ in range(100):
        inner = getattr(obj, "__wrapped__", None)
        if inner is None:
            return obj
        obj = inner
    return obj


def _docstring_line(line):
    """Whether `line` could open a docstring, as CPython's (^|.*:)\\s*\\w*("|') does."""
    starts = [0] + [i + 1 for i, c in enumerate(line) if c == ":"]
    for s in starts:
        j = s
        while j < len(line) and line[j] in " \t":
            j += 1
        while j < len(line) and (line[j].isalnum() or line[j] == "_"):
            j += 1
        if j < len(line) and line[j] in "\"'":
            return True
    return False


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = self._get_module(obj)
        source_lines = None
        filename = None
        if module is not None:
            filename = getattr(module, "__file__", None)
        if filename is None and _is_function(obj):
            filename = obj.__code__.co_filename
        if filename is not None and not filename.startswith("<"):
            try:
                with open(filename, encoding="utf-8") as f:
                    source_lines = f.read().splitlines(True)
            except (OSError, UnicodeDecodeError):
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {}, filename)
        tests.sort()
        return tests

    def _get_module(self, obj):
        if type(obj).__name__ == "module":
            return obj
        modname = getattr(obj, "__module__", None)
        if modname is None and _is_function(obj):
            modname = obj.__globals__.get("__name__")
        return sys.modules.get(modname) if modname else None

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_function(obj):
            if _foreign_wrapper(obj):
                return module.__name__ == getattr(obj, "__module__", None)
            return module.__dict__ is obj.__globals__
        if isinstance(obj, type):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        mod = getattr(obj, "__module__", None)
        if mod is not None:
            return module.__name__ == mod
        return True

    def _find(self, tests, obj, name, module, source_lines, globs, seen, filename):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if type(obj).__name__ == "module" and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = "%s.%s" % (name, valname)
                if ((_is_routine(_unwrap(val)) or isinstance(val, type))
                        and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)
            test_dict = obj.__dict__.get("__test__", {})
            for valname, val in test_dict.items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (isinstance(val, str) or _is_routine(val) or isinstance(val, type)
                        or type(val).__name__ == "module"):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen, filename)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(_unwrap(val)) or isinstance(val, type)
                        or isinstance(val, property)) and self._from_module(module, val)):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
            except AttributeError:
                docstring = ""
            if docstring is None:
                docstring = ""
            if not isinstance(docstring, str):
                docstring = str(docstring)
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if type(obj).__name__ == "module":
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            cname = obj.__name__
            for i, line in enumerate(source_lines):
                s = line.lstrip()
                if s.startswith("class"):
                    rest = s[5:].lstrip()
                    if rest.startswith(cname):
                        after = rest[len(cname):len(cname) + 1]
                        if not (after.isalnum() or after == "_"):
                            lineno = i
                            break
        if _is_function(obj) and not _foreign_wrapper(obj):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if _docstring_line(source_lines[i]):
                    return i
        return None


class OutputChecker:
    def _to_text(self, s):
        return s

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = "".join("\n" if line.rstrip() == BLANKLINE_MARKER else line
                           for line in want.splitlines(True))
            got = "".join("\n" if not line.strip() and line.endswith("\n") else line
                          for line in got.splitlines(True))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = "".join(BLANKLINE_MARKER + "\n" if not line.strip() and line.endswith("\n")
                          else line for line in got.splitlines(True))
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


class _SpoofOut:
    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self._parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        result = "".join(self._parts)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self._parts = []


def _exception_name(exc_type):
    module = getattr(exc_type, "__module__", "builtins")
    qualname = getattr(exc_type, "__qualname__", exc_type.__name__)
    if module in ("__main__", "builtins"):
        return qualname
    return module + "." + qualname


def _format_exception_only(exc):
    name = _exception_name(type(exc))
    try:
        msg = str(exc)
    except Exception:
        msg = "<exception str() failed>"
    if isinstance(exc, SyntaxError) and getattr(exc, "lineno", None) is not None:
        lines = ['  File "%s", line %s\n' % (exc.filename or "<string>", exc.lineno)]
        text = exc.text
        if text is not None:
            lines.append("    %s\n" % text.strip())
        lines.append("%s: %s\n" % (name, exc.msg))
        return "".join(lines)
    if msg:
        return "%s: %s\n" % (name, msg)
    return name + "\n"


_example_sources = {}


def _source_line(filename, line):
    if filename in _example_sources:
        text = _example_sources[filename].splitlines()
    elif filename.startswith("<"):
        return None
    else:
        try:
            with open(filename, encoding="utf-8") as f:
                text = f.read().splitlines()
        except (OSError, UnicodeDecodeError):
            return None
    if 0 < line <= len(text):
        return text[line - 1].strip()
    return None


def _exception_traceback(exc):
    lines = ["Traceback (most recent call last):\n"]
    tb = getattr(exc, "__traceback__", None)
    if isinstance(tb, tuple):
        for entry in tb:
            try:
                filename, line, fname = entry
            except (TypeError, ValueError):
                continue
            # The runner's own frame (CPython shows its doctest.py here).
            if filename == "<frozen doctest>":
                continue
            lines.append('  File "%s", line %s, in %s\n' % (filename, line, fname))
            src = _source_line(filename, line)
            if src:
                lines.append("    %s\n" % src)
    lines.append(_format_exception_only(exc))
    return "".join(lines)


class DocTestRunner:
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        save_stdout = sys.stdout
        if out is None:
            def out(s):
                save_stdout.write(s)
        sys.stdout = self._fakeout
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if clear_globs:
                test.globs.clear()

    def __run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, examplenum)
            _example_sources[filename] = example.source
            exc = None
            try:
                code = compile(example.source, filename, "single", compileflags or 0, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exc = e
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exc is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted = _format_exception_only(exc)
                if not quiet:
                    got += _exception_traceback(exc)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, formatted, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    a = formatted.split(":")[0].rsplit(".", 1)[-1].strip()
                    b = example.exc_msg.split(":")[0].rsplit(".", 1)[-1].strip()
                    if a == b:
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, (type(exc), exc, None))
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if type(m).__name__ != "module":
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    global master
    if module_relative and not filename.startswith("/"):
        base = sys.modules["__main__"].__dict__.get("__file__")
        if package is not None:
            if isinstance(package, str):
                package = sys.modules[package]
            base = package.__file__
        if base:
            filename = base.rsplit("/", 1)[0] + "/" + filename
    with open(filename, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = filename.rsplit("/", 1)[-1]
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append("# Expected:")
                output += ["## " + line for line in want.split("\n")[:-1]]
        else:
            output += ["# " + line for line in piece.split("\n")[:-1]]
    while output and output[-1] == "#":
        output.pop()
    while output and output[0] == "#":
        output.pop(0)
    return "\n".join(output) + "\n"


def _main():
    """`tessera -m doctest [-v] [-o OPTION] [-f] FILE...`: testmod on each .py file,
    testfile on anything else; exit status 1 when something failed."""
    args = sys.argv[1:]
    verbose = False
    flags = 0
    files = []
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-v", "--verbose"):
            verbose = True
        elif a in ("-f", "--fail-fast"):
            flags |= FAIL_FAST
        elif a in ("-o", "--option") and i + 1 < len(args):
            i += 1
            flags |= OPTIONFLAGS_BY_NAME[args[i]]
        else:
            files.append(a)
        i += 1
    if not files:
        print("usage: doctest [-h] [-v] [-o OPTION] [-f] file [file ...]", file=sys.stderr)
        return 2
    import importlib
    for filename in files:
        if filename.endswith(".py"):
            dirname, base = filename.rsplit("/", 1) if "/" in filename else (".", filename)
            sys.path.insert(0, dirname)
            m = importlib.import_module(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=flags)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose,
                                   optionflags=flags)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main())
