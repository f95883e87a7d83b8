"""Temporary files and directories (tessera's own implementation).

mkstemp/mkdtemp create uniquely named entries securely (O_EXCL, private
modes); TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile and
TemporaryDirectory wrap them with automatic clean-up."""

import os
import io
import random as _random_mod

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
           "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = getattr(os, "TMP_MAX", 238328)
template = "tmp"
tempdir = None

_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng_state = {}


def _token():
    """Eight random name characters; the generator is re-seeded after fork."""
    pid = os.getpid()
    rng = _rng_state.get(pid)
    if rng is None:
        _rng_state.clear()
        rng = _rng_state[pid] = _random_mod.Random()
    return "".join(rng.choice(_LETTERS) for _ in range(8))


def gettempprefix():
    return os.fsdecode(template)


def gettempprefixb():
    return os.fsencode(template)


def _writable(folder):
    """Can a file really be created in folder?"""
    for _ in range(20):
        probe = os.path.join(folder, _token())
        try:
            fd = os.open(probe, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            os.write(fd, b"tessera")
        finally:
            os.close(fd)
            os.unlink(probe)
        return True
    return False


def _pick_tempdir():
    places = [os.environ.get(var) for var in ("TMPDIR", "TEMP", "TMP")]
    places += ["/tmp", "/var/tmp", "/usr/tmp"]
    try:
        places.append(os.getcwd())
    except OSError:
        places.append(os.curdir)
    for place in places:
        if not place:
            continue
        if place != os.curdir:
            place = os.path.abspath(place)
        if _writable(place):
            return place
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % places)


def gettempdir():
    """The folder temporary files go to by default (chosen once)."""
    global tempdir
    if tempdir is None:
        tempdir = _pick_tempdir()
    return os.fsdecode(tempdir)


def gettempdirb():
    return os.fsencode(gettempdir())


def _name_parts(prefix, suffix, dir):
    """Check and default the three name pieces; they share one string type."""
    given = [x for x in (prefix, suffix, dir) if x is not None]
    kinds = {isinstance(x, bytes) for x in given}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = kinds == {True}
    if as_bytes:
        return (template.encode() if prefix is None else prefix,
                b"" if suffix is None else suffix,
                gettempdirb() if dir is None else dir, True)
    return (template if prefix is None else prefix,
            "" if suffix is None else suffix,
            gettempdir() if dir is None else dir, False)


def _unique(prefix, suffix, dir, as_bytes, make):
    """Try fresh names until make(path) succeeds; give the absolute path."""
    for _ in range(TMP_MAX):
        middle = _token()
        if as_bytes:
            middle = middle.encode()
        candidate = os.path.join(dir, prefix + middle + suffix)
        try:
            result = make(candidate)
        except FileExistsError:
            continue
        except PermissionError:
            if os.name == "nt" and os.path.isdir(dir):
                continue
            raise
        return result, candidate
    raise FileExistsError(17, "No usable temporary file name found")


_FILE_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) \
    | getattr(os, "O_CLOEXEC", 0)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; give
    (an open OS-level descriptor, its absolute path)."""
    prefix, suffix, dir, as_bytes = _name_parts(prefix, suffix, dir)
    flags = _FILE_FLAGS | getattr(os, "O_BINARY", 0) * (not text)
    fd, path = _unique(prefix, suffix, dir, as_bytes, lambda p: os.open(p, flags, 0o600))
    return fd, os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new private directory and give its path (dir joined with the
    new name, as given)."""
    prefix, suffix, dir, as_bytes = _name_parts(prefix, suffix, dir)
    return _unique(prefix, suffix, dir, as_bytes, lambda p: os.mkdir(p, 0o700))[1]


def mktemp(suffix="", prefix=template, dir=None):
    """Deprecated: a name that did not exist when asked for (unsafe)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        candidate = os.path.join(dir, prefix + _token() + suffix)
        if not os.path.lexists(candidate):
            return candidate
    raise FileExistsError(17, "No usable temporary filename found")


def _open_created(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    """mkstemp, then a Python file object over the new name."""
    fd, path = mkstemp(suffix, prefix, dir, text="b" not in mode)
    os.close(fd)
    try:
        handle = io.open(path, mode, buffering=buffering, encoding=encoding,
                         newline=newline, errors=errors)
    except BaseException:
        os.unlink(path)
        raise
    return handle, path


class _NamedFile:
    """What NamedTemporaryFile returns: a file object with a name that is
    removed when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self._removed = False
        self.name, self.file, self.delete = name, file, delete

    def __getattr__(self, attr):
        target = getattr(self.__dict__["file"], attr)
        return target

    def _drop_name(self):
        if self.delete and not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        try:
            self.file.close()
        finally:
            self._drop_name()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, kind, value, tb):
        self.close()
        return False

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            if not self._removed and self.delete:
                self.close()
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (its .name); removed on close
    unless delete is false."""
    if "b" not in mode and encoding is None and hasattr(io, "text_encoding"):
        encoding = io.text_encoding(encoding)
    handle, path = _open_created(mode, buffering, encoding, newline, errors,
                                 suffix, prefix, dir)
    return _NamedFile(handle, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file: its name is removed at once."""
    if "b" not in mode and encoding is None and hasattr(io, "text_encoding"):
        encoding = io.text_encoding(encoding)
    handle, path = _open_created(mode, buffering, encoding, newline, errors,
                                 suffix, prefix, dir)
    try:
        os.unlink(path)
    except OSError:
        handle.close()
        raise
    return handle


class SpooledTemporaryFile:
    """Kept in memory until it grows past max_size (or fileno() is asked
    for), then moved to a real TemporaryFile."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = io.BytesIO()
        else:
            self._file = io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._spill_args = dict(mode=mode, buffering=buffering, encoding=encoding,
                                newline=newline, suffix=suffix, prefix=prefix, dir=dir,
                                errors=errors)
        self._text_mode = "b" not in mode

    def _check(self):
        if self._max_size and not self._rolled and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._spill_args)
        disk.write(memory.getvalue())
        disk.seek(memory.tell(), 0)
        self._file = disk
        self._rolled = True

    # plain pass-through: whatever the current backing file offers
    def __getattr__(self, attr):
        if attr in _SPOOL_FORWARDED:
            return getattr(self.__dict__["_file"], attr)
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, attr))

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, kind, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def fileno(self):
        """Forces the data to disk first: only a real file has a descriptor."""
        self.rollover()
        return self._file.fileno()

    @property
    def encoding(self):
        if self._rolled or not self._text_mode:
            return getattr(self._file, "encoding", None)
        return self._spill_args["encoding"] or "utf-8"

    @property
    def errors(self):
        return self._file.errors if self._rolled else self._spill_args["errors"]

    @property
    def mode(self):
        return self._file.mode if self._rolled else self._spill_args["mode"]

    @property
    def name(self):
        return self._file.name if self._rolled else None

    def truncate(self, size=None):
        if size is not None and self._max_size and size > self._max_size:
            self.rollover()
        if size is None:
            return self._file.truncate()
        return self._file.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._check()
        return count

    def writelines(self, iterable):
        for piece in iterable:
            self._file.write(piece)
        self._check()


_SPOOL_FORWARDED = frozenset(["close", "closed", "flush", "isatty", "newlines", "read",
                              "readline", "readlines", "seek", "tell", "readable",
                              "writable", "seekable"])


def _tree_gone(path, ignore_errors):
    import shutil
    shutil.rmtree(path, ignore_errors=ignore_errors)


class TemporaryDirectory:
    """A fresh directory (its path in .name) removed by cleanup() or at
    the end of a with block, which gives the path."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, kind, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        if os.path.lexists(self.name):
            _tree_gone(self.name, self._ignore_cleanup_errors)
        self._done = True

    def __del__(self):
        try:
            if not self._done:
                self.cleanup()
        except Exception:
            pass
