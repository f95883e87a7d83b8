"""Logging facility for tessera, written from the documented behaviour of CPython's logging.

Limits of the VM shape a few details: there are no frame objects, so records carry
"(unknown file)", line 0 and "(unknown function)" as caller information and stack_info
has no entries. Handlers take no locks: threads are green threads (`threading`) that
switch only at the interpreter's safe points."""

import io
import os
import re
import sys
import time

__all__ = ["BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL",
           "FileHandler", "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger",
           "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN", "WARNING",
           "addLevelName", "basicConfig", "captureWarnings", "critical", "debug",
           "disable", "error", "exception", "fatal", "getLevelName", "getLogger",
           "getLoggerClass", "info", "log", "makeLogRecord", "setLoggerClass", "shutdown",
           "warn", "warning", "getLogRecordFactory", "setLogRecordFactory", "lastResort",
           "raiseExceptions", "getLevelNamesMapping"]

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)", None)

# ---------------------------------------------------------------- level names

_LEVEL_TABLE = {}   # both directions: number -> name and name -> number


def _register_level(number, name):
    _LEVEL_TABLE[number] = name
    _LEVEL_TABLE[name] = number


for _n, _name in ((CRITICAL, "CRITICAL"), (ERROR, "ERROR"), (WARNING, "WARNING"),
                  (INFO, "INFO"), (DEBUG, "DEBUG"), (NOTSET, "NOTSET")):
    _register_level(_n, _name)
_LEVEL_TABLE["FATAL"] = FATAL
_LEVEL_TABLE["WARN"] = WARNING
del _n, _name


def addLevelName(level, levelName):
    _register_level(level, levelName)


def getLevelName(level):
    found = _LEVEL_TABLE.get(level)
    if found is not None:
        return found
    return "Level %s" % level


def getLevelNamesMapping():
    return {k: v for k, v in _LEVEL_TABLE.items() if isinstance(k, str)}


def _as_level(value):
    """Turn a level given as int or registered name into its number."""
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        number = _LEVEL_TABLE.get(value)
        if not isinstance(number, int):
            raise ValueError("Unknown level: %r" % value)
        return number
    raise TypeError("Level not an integer or a valid string: %r" % (value,))


class _NoLock:
    """Stands in for a threading lock: the VM runs a single thread."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


# ---------------------------------------------------------------- records

_process_start = time.time()


def _thread_ident():
    try:
        import _thread
        return _thread.get_ident()
    except Exception:
        return 1


def _thread_name():
    threading = sys.modules.get("threading")
    if threading is None:
        return "MainThread"
    return threading.current_thread().name


def _complete_exc_info(info):
    """Normalise exc_info: tessera keeps tracebacks on the exception object."""
    if isinstance(info, BaseException):
        return (type(info), info, info.__traceback__)
    if not isinstance(info, tuple):
        info = sys.exc_info()
    if len(info) == 3 and info[1] is not None and info[2] is None:
        info = (info[0], info[1], getattr(info[1], "__traceback__", None))
    return info


class LogRecord:
    """Everything known about one logging event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.created = now
        self.name, self.levelno, self.levelname = name, level, getLevelName(level)
        self.pathname, self.lineno, self.funcName = pathname, lineno, func
        self.msg = msg
        # a lone non-empty mapping argument feeds %(key)s placeholders
        lone = args[0] if isinstance(args, tuple) and len(args) == 1 else None
        self.args = lone if lone and hasattr(lone, "keys") and hasattr(lone, "__getitem__") else args
        self.exc_info, self.exc_text, self.stack_info = exc_info, None, sinfo
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.msecs = float(int((now % 1) * 1000))
        self.relativeCreated = (now - _process_start) * 1000
        if logThreads:
            self.thread = _thread_ident()
            self.threadName = _thread_name()
        else:
            self.thread = self.threadName = None
        self.processName = "MainProcess" if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, "getpid") else None

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text

    def __repr__(self):
        return '<LogRecord: {}, {}, {}, {}, "{}">'.format(
            self.name, self.levelno, self.pathname, self.lineno, self.msg)


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- format styles

_FIELD_NOT_FOUND = "Formatting field not found in record: %s"


def _lookup(record, defaults):
    if defaults:
        merged = dict(defaults)
        merged.update(record.__dict__)
        return merged
    return record.__dict__


class PercentStyle:
    """printf-style fields: %(name)s."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"
    _field_re = re.compile(r"%\((\w+)\)[#0+ -]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa%]")

    def __init__(self, fmt, *, defaults=None):
        self._fallbacks = defaults
        self._fmt = fmt if fmt else self.default_format

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self._field_re.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _format(self, record):
        return self._fmt % _lookup(record, self._fallbacks)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError(_FIELD_NOT_FOUND % missing)


_CONVERSIONS = "rsa"
_SPEC_RE = re.compile(
    r"(?:.?[<>=^])?[-+ ]?z?#?0?(?:\d+|\{\w+\})?[,_]?(?:\.(?:\d+|\{\w+\}))?[bcdeEfFgGnosxX%]?\Z",
    re.S)


def _brace_fields(fmt):
    """Parse a str.format template; return the (name, conversion, spec) of each field.

    Raises ValueError with str.format's own messages on malformed templates."""
    fields = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "}":
            if i + 1 < n and fmt[i + 1] == "}":
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if ch != "{":
            i += 1
            continue
        if i + 1 < n and fmt[i + 1] == "{":
            i += 2
            continue
        # a replacement field: find its matching close brace
        depth, j = 1, i + 1
        while j < n and depth:
            if fmt[j] == "{":
                depth += 1
            elif fmt[j] == "}":
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        body = fmt[i + 1:j - 1]
        name, conv, spec = body, None, ""
        colon = body.find(":")
        bang = body.find("!")
        if colon >= 0 and (bang < 0 or colon < bang):
            name, spec = body[:colon], body[colon + 1:]
        elif bang >= 0:
            name, rest = body[:bang], body[bang + 1:]
            colon = rest.find(":")
            if colon >= 0:
                conv, spec = rest[:colon], rest[colon + 1:]
            else:
                conv = rest
            if len(conv) != 1:
                raise ValueError("expected ':' after conversion specifier")
        fields.append((name, conv, spec))
        i = j
    return fields


class StrFormatStyle(PercentStyle):
    """str.format fields: {name}."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def validate(self):
        names = set()
        try:
            found = _brace_fields(self._fmt)
        except ValueError as problem:
            raise ValueError("invalid format: %s" % problem)
        for name, conv, spec in found:
            if name:
                names.add(name)
            if conv is not None and conv not in _CONVERSIONS:
                raise ValueError("invalid format: invalid conversion: %r" % conv)
            if spec and not _SPEC_RE.match(spec):
                raise ValueError("invalid format: bad specifier: %r" % spec)
        if not names:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._fmt.format(**_lookup(record, self._fallbacks))


_DOLLAR_RE = re.compile(r"\$(?:(?P<esc>\$)|(?P<bare>[_a-z][_a-z0-9]*)"
                        r"|\{(?P<braced>[_a-z][_a-z0-9]*)\}|(?P<bad>))", re.I)


class StringTemplateStyle(PercentStyle):
    """string.Template fields: $name or ${name}."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        seen = False
        for m in _DOLLAR_RE.finditer(self._fmt):
            if m.group("bare") or m.group("braced"):
                seen = True
            elif m.group("bad") is not None:
                raise ValueError("invalid format: bare '$' not allowed")
        if not seen:
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        values = _lookup(record, self._fallbacks)
        text = self._fmt

        def fill(m):
            if m.group("esc"):
                return "$"
            key = m.group("bare") or m.group("braced")
            if key:
                return str(values[key])
            start = m.start("bad")
            lines = text[:start].splitlines(True) or [""]
            raise ValueError("Invalid placeholder in string: line %d, col %d"
                             % (len(lines), len(lines[-1]) + 1))
        return _DOLLAR_RE.sub(fill, text)


_STYLE_TABLE = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


def _style_error():
    return ValueError("Style must be one of: %s" % ",".join(_STYLE_TABLE))


# ---------------------------------------------------------------- formatters

class Formatter:
    """Turns a LogRecord into text."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLE_TABLE:
            raise _style_error()
        self.datefmt = datefmt
        self._style = _STYLE_TABLE[style][0](fmt, defaults=defaults)
        self._fmt = self._style._fmt
        if validate:
            self._style.validate()

    def formatTime(self, record, datefmt=None):
        moment = self._converter_function()(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def _converter_function(self):
        # Fetch `converter` unbound: the time functions may be plain Python
        # functions here, which would otherwise bind to the formatter.
        if "converter" in vars(self):
            return self.converter
        for klass in type(self).__mro__:
            if "converter" in vars(klass):
                found = vars(klass)["converter"]
                return getattr(found, "__func__", found)
        return time.localtime

    def formatException(self, ei):
        import traceback
        sink = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sink)
        return sink.getvalue().rstrip("\n")

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        extras = [record.exc_text, record.stack_info and self.formatStack(record.stack_info)]
        for extra in extras:
            if extra:
                if not text.endswith("\n"):
                    text += "\n"
                text += extra
        return text


_plain_formatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records, with optional header and footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter:
    """Lets through records from the named logger and its descendants."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer:
    """Base for objects that hold a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for each in self.filters:
            check = each.filter if hasattr(each, "filter") else each
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------- handlers

_all_handlers = []      # every handler made, for shutdown() (no weak references here)
_named_handlers = {}


class Handler(Filterer):
    """Base class of the objects that send records somewhere."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._handler_name = None
        self.level = _as_level(level)
        self.formatter = None
        self._was_closed = False
        _all_handlers.append(self)
        self.createLock()

    def get_name(self):
        return self._handler_name

    def set_name(self, name):
        if self._handler_name in _named_handlers:
            del _named_handlers[self._handler_name]
        self._handler_name = name
        if name:
            _named_handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _as_level(level)

    def format(self, record):
        chosen = self.formatter if self.formatter else _plain_formatter
        return chosen.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            with self.lock:
                self.emit(record)
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._was_closed = True
        if self._handler_name in _named_handlers:
            del _named_handlers[self._handler_name]

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        err = sys.stderr
        try:
            err.write("--- Logging error ---\n")
            traceback.print_exc(file=err)
            err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
        except Exception:
            pass

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr unless told otherwise)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        target = self.stream
        if target is not None and hasattr(target, "flush"):
            target.flush()

    def emit(self, record):
        try:
            line = self.format(record)
            self.stream.write(line + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes formatted records to a file, opened now or at the first record."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode, self.encoding, self.errors, self.delay = mode, encoding, errors, delay
        StreamHandler.__init__(self, None if delay else self._open())
        if delay:
            self.stream = None

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None and (self.mode != "w" or not self._was_closed):
            self.stream = self._open()
        if self.stream is not None:
            StreamHandler.emit(self, record)

    def close(self):
        target = self.stream
        self.stream = None
        if target is not None:
            try:
                if hasattr(target, "flush"):
                    target.flush()
            finally:
                if hasattr(target, "close"):
                    target.close()
        StreamHandler.close(self)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Does nothing; libraries attach it to stay quiet when unconfigured."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _CurrentStderrHandler(StreamHandler):
    """The last-resort handler: always writes to whatever sys.stderr is now."""

    stream = property(lambda self: sys.stderr, lambda self, value: None)

    def __init__(self, level=NOTSET):
        StreamHandler.__init__(self)
        self.level = level


lastResort = _CurrentStderrHandler(WARNING)


# ---------------------------------------------------------------- loggers

class Manager:
    """Keeps the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.loggerDict = {}
        self.root = rootnode
        self.loggerClass = self.logRecordFactory = None
        self.disable = 0
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        made = self.loggerDict.get(name)
        if made is not None:
            return made
        made = (self.loggerClass or _logger_class)(name)
        made.manager = self
        self.loggerDict[name] = made
        self._link(made)
        return made

    def _link(self, fresh):
        # parent: the longest existing dotted prefix, else the root
        parts = fresh.name.split(".")
        fresh.parent = self.root
        for cut in range(len(parts) - 1, 0, -1):
            above = self.loggerDict.get(".".join(parts[:cut]))
            if above is not None:
                fresh.parent = above
                break
        # existing descendants whose parent sits above the newcomer now hang from it
        prefix = fresh.name + "."
        for other in self.loggerDict.values():
            if other is fresh or not other.name.startswith(prefix):
                continue
            up = other.parent
            if up is self.root or up is None or prefix.startswith(up.name + "."):
                other.parent = fresh

    def setLoggerClass(self, klass):
        if klass is not Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory


class Logger(Filterer):
    """A named channel for log messages."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _as_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _as_level(level)

    def _chain(self):
        node = self
        while node is not None:
            yield node
            node = node.parent

    def getEffectiveLevel(self):
        for node in self._chain():
            if node.level:
                return node.level
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # No frame objects in this VM: the caller cannot be located.
        return _UNKNOWN_CALLER

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        path, line, func, sinfo = self.findCaller(stack_info, stacklevel)
        if stack_info and sinfo is None:
            sinfo = "Stack (most recent call last):"
        if exc_info:
            exc_info = _complete_exc_info(exc_info)
        record = self.makeRecord(self.name, level, path, line, msg, args, exc_info,
                                 func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        for node in self._chain():
            if node.handlers:
                return True
            if not node.propagate:
                return False
        return False

    def callHandlers(self, record):
        seen = 0
        for node in self._chain():
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not node.propagate:
                break
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getChild(self, suffix):
        if self is not self.root:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_logger_class = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)
root.manager = Logger.manager


def setLoggerClass(klass):
    global _logger_class
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _logger_class = klass


def getLoggerClass():
    return _logger_class


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


class LoggerAdapter:
    """Wraps a logger, adding contextual `extra` data to every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    def _set_wrapped_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_wrapped_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# ---------------------------------------------------------------- configuration

def basicConfig(**kwargs):
    if kwargs.pop("force", False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    given = kwargs.pop("handlers", None)
    stream = kwargs.pop("stream", None)
    filename = kwargs.pop("filename", None)
    mode = kwargs.pop("filemode", "a")
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", None)
    if given is not None and (stream is not None or filename is not None):
        raise ValueError("'stream' or 'filename' should not be specified together "
                         "with 'handlers'")
    if stream is not None and filename is not None:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if given is None:
        if filename is not None:
            if "b" in mode:
                errors = None
            elif errors is None:
                errors = "backslashreplace"
            given = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
        else:
            given = [StreamHandler(stream)]
    style = kwargs.pop("style", "%")
    if style not in _STYLE_TABLE:
        raise _style_error()
    layout = kwargs.pop("format", None) or _STYLE_TABLE[style][1]
    shared = Formatter(layout, kwargs.pop("datefmt", None), style)
    level = kwargs.pop("level", None)
    if kwargs:
        raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs))
    for hdlr in given:
        if hdlr.formatter is None:
            hdlr.setFormatter(shared)
        root.addHandler(hdlr)
    if level is not None:
        root.setLevel(level)


def _root_call(method, msg, args, kwargs):
    if not root.handlers:
        basicConfig()
    getattr(root, method)(msg, *args, **kwargs)


def critical(msg, *args, **kwargs):
    _root_call("critical", msg, args, kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _root_call("error", msg, args, kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    kwargs["exc_info"] = exc_info
    _root_call("error", msg, args, kwargs)


def warning(msg, *args, **kwargs):
    _root_call("warning", msg, args, kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _root_call("info", msg, args, kwargs)


def debug(msg, *args, **kwargs):
    _root_call("debug", msg, args, kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level


def shutdown(handlerList=_all_handlers):
    for hdlr in reversed(list(handlerList)):
        hdlr = hdlr() if callable(hdlr) and not isinstance(hdlr, Handler) else hdlr
        if hdlr is None:
            continue
        try:
            hdlr.flush()
            hdlr.close()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", text)


def captureWarnings(capture):
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _warning_to_log
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
