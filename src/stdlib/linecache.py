"""Read lines of source files through a cache (tessera's own implementation).

``cache`` maps a file name to ``(size, mtime, lines, fullname)``, or to a one-element
tuple holding a function that fetches the source from a module's loader (``lazycache``)."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename`, with its newline, or '' if there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All lines of `filename` (from the cache when it holds them)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries, or just `filename`)."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue            # came from a loader: nothing on disk to compare with
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def _finish(text):
    """Lines with universal newlines, each ending in '\n' (one is added to the last)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        return []
    lines = [ln + "\n" for ln in text.split("\n")]
    if text.endswith("\n"):
        lines.pop()
    return lines


def _source_encoding(data):
    """The encoding a source file declares (BOM or coding cookie), else utf-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for line in data.split(b"\n", 2)[:2]:
        stripped = line.lstrip(b" \t\f")
        if not stripped.startswith(b"#"):
            if stripped.strip():
                break
            continue
        at = stripped.find(b"coding")
        if at >= 0 and stripped[at + 6:at + 7] in (b":", b"="):
            rest = stripped[at + 7:].lstrip(b" \t")
            name = []
            for ch in rest.decode("latin-1"):
                if ch.isalnum() or ch in "-_.":
                    name.append(ch)
                else:
                    break
            if name:
                return "".join(name)
    return "utf-8"


def _read_source(fullname):
    with open(fullname, "rb") as fh:
        data = fh.read()
    encoding = _source_encoding(data)
    if encoding == "utf-8-sig":
        data, encoding = data[3:], "utf-8"
    return data.decode(encoding)


def updatecache(filename, module_globals=None):
    """Read `filename` into the cache (searching sys.path for a relative name that does
    not exist as given) and return its lines; [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            try:
                text = cache[filename][0]()
            except (ImportError, OSError):
                text = None
            else:
                if text is None:
                    return []
                lines = _finish(text)
                cache[filename] = (len(text), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            if not isinstance(folder, str):
                continue
            candidate = os.path.join(folder, filename)
            try:
                st = os.stat(candidate)
            except (OSError, TypeError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        text = _read_source(fullname)
    except (OSError, UnicodeDecodeError, LookupError, SyntaxError):
        return []
    lines = _finish(text)
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to fetch `filename`'s source from its module's loader, without
    reading it yet.  True when an entry for later use exists."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename) or not module_globals:
        return False
    name = module_globals.get("__name__")
    loader = module_globals.get("__loader__")
    spec = module_globals.get("__spec__")
    if spec is not None:
        name = getattr(spec, "name", name)
        loader = getattr(spec, "loader", loader)
    fetch = getattr(loader, "get_source", None)
    if name is None or fetch is None:
        return False

    def get_lines(fetch=fetch, name=name):
        return fetch(name)

    cache[filename] = (get_lines,)
    return True
