"""Issue and control warnings (tessera's own implementation of the documented API).

The VM exposes no frame objects, so warn() cannot see who called it: every warning
is attributed to the main program (module "__main__", its file, line 0), whatever
the stacklevel.  Use warn_explicit() to give an exact location."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

_generation = [0]          # bumped whenever the filter list changes
_registries = {}           # per-module "already shown" records (no module globals reachable)


def _changed():
    _generation[0] += 1


# ---------------------------------------------------------------- filters

def _install(entry, at_end):
    current = _this().filters
    if at_end:
        if entry not in current:
            current.append(entry)
    else:
        while entry in current:
            current.remove(entry)
        current.insert(0, entry)
    _changed()


def _this():
    return sys.modules.get(__name__) or sys.modules["warnings"]


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    import re
    text_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _install((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    _this().filters[:] = []
    _changed()


def _matches(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return bool(pattern.match(value))


def _choose(text, category, module, lineno):
    here = _this()
    for entry in here.filters:
        action, text_re, klass, module_re, line = entry
        if (_matches(text_re, text) and issubclass(category, klass)
                and _matches(module_re, module) and (line == 0 or line == lineno)):
            return action, entry
    return here.defaultaction, None


# ---------------------------------------------------------------- display

def _source_line(filename, lineno):
    # like linecache: a relative name not found from here is looked up along sys.path
    places = [filename]
    if isinstance(filename, str) and not filename.startswith(("/", "<")):
        places += [d.rstrip("/") + "/" + filename for d in sys.path if isinstance(d, str) and d]
    for place in places:
        try:
            with open(place, encoding="utf-8") as fh:
                for number, text in enumerate(fh, 1):
                    if number == lineno:
                        return text
                return ""
        except Exception:
            continue
    return ""


def formatwarning(message, category, filename, lineno, line=None):
    out = "{}:{}: {}: {}\n".format(filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    line = line.strip() if line else line
    if line:
        out += "  " + line + "\n"
    return out


def _write_default(msg):
    target = msg.file if msg.file is not None else sys.stderr
    if target is None:
        return
    try:
        target.write(_this().formatwarning(msg.message, msg.category, msg.filename,
                                           msg.lineno, msg.line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _write_default(WarningMessage(message, category, filename, lineno, file, line))


_original_showwarning = showwarning
_recorder = [None]      # list.append of the innermost catch_warnings(record=True)


def _deliver(msg):
    here = _this()
    if here.showwarning is not _original_showwarning:
        if not callable(here.showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        here.showwarning(msg.message, msg.category, msg.filename, msg.lineno,
                         msg.file, msg.line)
    elif _recorder[0] is not None:
        _recorder[0](msg)
    else:
        _write_default(msg)


class WarningMessage:
    """What was warned, by whom and where; catch_warnings(record=True) collects these."""

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


# ---------------------------------------------------------------- issuing

def _caller_location():
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if not path:
        path = sys.argv[0] if getattr(sys, "argv", None) else "sys"
    return path, 0, "__main__"


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{}'".format(
            type(category).__name__))
    filename, lineno, module = _caller_location()
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, source=source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    # "once" remembers in the caller's registry, or module-wide when there is none
    once_memo = onceregistry if registry is None else registry
    if registry is None:
        registry = {}
    for memo in (registry, once_memo):
        if memo.get("version") != _generation[0]:
            memo.clear()
            memo["version"] = _generation[0]
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    seen_key = (text, category, lineno)
    if registry.get(seen_key):
        return
    action, entry = _choose(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[seen_key] = True
        if once_memo.get((text, category)):
            return
        once_memo[(text, category)] = True
    elif action == "module":
        registry[seen_key] = True
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = True
    elif action == "default":
        registry[seen_key] = True
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    _deliver(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------- context manager

class catch_warnings:
    """Save the warning filters and showwarning on entry and put them back on exit."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._keep = record
        self._target = module if module is not None else _this()
        self._active = False
        self._on_entry = None
        if action is None:
            self._preset = None
        else:
            self._preset = (action, category, lineno, append)

    def __repr__(self):
        parts = []
        if self._keep:
            parts.append("record=True")
        if self._target is not _this():
            parts.append("module=%r" % self._target)
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __enter__(self):
        if self._active:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._active = True
        mod = self._target
        self._on_entry = (mod.filters, mod.showwarning, _recorder[0])
        mod.filters = mod.filters[:]
        _changed()
        if self._preset is not None:
            simplefilter(*self._preset)
        if not self._keep:
            return None
        collected = []
        _recorder[0] = collected.append
        mod.showwarning = _original_showwarning
        return collected

    def __exit__(self, *exc_info):
        if not self._active:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._target
        mod.filters, mod.showwarning, _recorder[0] = self._on_entry
        _changed()
        self._active = False
