"""Object-oriented file-system paths (tessera's own implementation).

Pure paths (PurePath, PurePosixPath, PureWindowsPath) only compute on path
text; concrete paths (Path, PosixPath) add file-system operations."""

import os
import io
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_KIND_MASK = 0o170000
_KIND_DIR = 0o040000
_KIND_REG = 0o100000
_KIND_LNK = 0o120000


# --- path-text grammars ------------------------------------------------------

class _PosixGrammar:
    sep = "/"
    other_seps = ()
    fold_case = False

    @staticmethod
    def anchor_of(text):
        """(drive, root, remainder) of one path string."""
        if text[:1] != "/":
            return "", "", text
        if text[:2] == "//" and text[2:3] != "/":
            return "", "//", text[2:]
        return "", "/", text.lstrip("/")

    @staticmethod
    def fold(s):
        return s

    @staticmethod
    def absolute(drive, root):
        return bool(root)


class _WindowsGrammar:
    sep = "\\"
    other_seps = ("/",)
    fold_case = True

    @staticmethod
    def anchor_of(text):
        text = text.replace("/", "\\")
        drive = ""
        if text[:2] == "\\\\" and text[2:3] != "\\":
            server_end = text.find("\\", 2)
            share_end = text.find("\\", server_end + 1) if server_end > 0 else -1
            if server_end > 2 and share_end != server_end + 1:
                if share_end < 0:
                    share_end = len(text)
                drive, text = text[:share_end], text[share_end:]
                return drive, "\\", text.lstrip("\\")
        elif len(text) >= 2 and text[1] == ":" and text[0].isalpha():
            drive, text = text[:2], text[2:]
        if text[:1] == "\\":
            return drive, "\\", text.lstrip("\\")
        return drive, "", text

    @staticmethod
    def fold(s):
        return s.lower()

    @staticmethod
    def absolute(drive, root):
        return bool(drive) and bool(root)


def _pieces(grammar, text):
    drive, root, rest = grammar.anchor_of(text)
    if grammar.sep == "\\":
        rest = rest.replace("/", "\\")
    return drive, root, [c for c in rest.split(grammar.sep) if c and c != "."]


def _as_text(arg):
    if isinstance(arg, PurePath):
        return str(arg)
    if isinstance(arg, str):
        return arg
    got = os.fspath(arg)
    if isinstance(got, str):
        return got
    raise TypeError("argument should be a str object or an os.PathLike object "
                    "returning str, not %r" % type(got))


def _combine(grammar, texts):
    """Fold the constructor's path strings into one (drive, root, components):
    an argument with a drive or a root starts over (keeping the drive
    when it only brings a root)."""
    drive, root, comps = "", "", []
    for text in texts:
        d, r, c = _pieces(grammar, text)
        if d:
            drive, root, comps = d, r, list(c)
        elif r:
            root, comps = r, list(c)
        else:
            comps.extend(c)
    return drive, root, tuple(comps)


def _graft(grammar, base, extra):
    """Join the parsed path extra onto the parsed path base (joinpath, /)."""
    (bd, br, bc), (ed, er, ec) = base, extra
    if ed:
        if er or grammar.fold(ed) != grammar.fold(bd):
            return extra
        return bd, br, bc + ec
    if er:
        return bd, er, ec
    return bd, br, bc + ec


class _Lineage:
    """The sequence of a path's logical ancestors (PurePath.parents)."""

    def __init__(self, path):
        self._owner = path
        self._count = len(path._comps)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if index >= self._count or index < -self._count:
            raise IndexError(index)
        if index < 0:
            index += self._count
        owner = self._owner
        return owner._derive(owner._drive, owner._root, owner._comps[:self._count - 1 - index])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return "<%s.parents>" % type(self._owner).__name__


class PurePath:
    """Base of all path classes; PurePath(...) builds the native pure flavour."""

    __slots__ = ("_drive", "_root", "_comps", "_text", "_key")
    _grammar = _PosixGrammar

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        self = object.__new__(cls)
        self._drive, self._root, self._comps = _combine(cls._grammar, [_as_text(a) for a in args])
        self._text = None
        self._key = None
        return self

    def _derive(self, drive, root, comps):
        other = object.__new__(type(self))
        other._drive, other._root, other._comps = drive, root, tuple(comps)
        other._text = None
        other._key = None
        return other

    def _with_more(self, args):
        extra = _combine(self._grammar, [_as_text(a) for a in args])
        mine = (self._drive, self._root, self._comps)
        return self._derive(*_graft(self._grammar, mine, extra))

    # text forms
    def __str__(self):
        if self._text is None:
            self._text = self._bare_text() or "."
        return self._text

    def _bare_text(self):
        return self._drive + self._root + self._grammar.sep.join(self._comps)

    def __fspath__(self):
        return str(self)

    def __reduce__(self):
        return (type(self), self.parts)

    def __bytes__(self):
        return os.fsencode(str(self))

    def as_posix(self):
        return str(self).replace(self._grammar.sep, "/")

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self._drive
        if len(drive) == 2 and drive[1] == ":":
            prefix, rest = "file:///" + drive, self.as_posix()[2:]
        elif drive:
            prefix, rest = "file:", self.as_posix()
        else:
            prefix, rest = "file://", str(self)
        return prefix + _percent(os.fsencode(rest))

    # comparison
    def _sort_key(self):
        if self._key is None:
            g = self._grammar
            if self._drive or self._root:
                head = (self._drive + self._root).replace("/", g.sep)
                self._key = tuple(g.fold(x) for x in (head,) + self._comps)
            else:
                self._key = tuple(g.fold(x) for x in self._comps)
        return self._key

    def _peer(self, other):
        return isinstance(other, PurePath) and other._grammar is self._grammar

    def __eq__(self, other):
        if not self._peer(other):
            return NotImplemented
        return self._sort_key() == other._sort_key()

    def __hash__(self):
        return hash(self._sort_key())

    def __lt__(self, other):
        if not self._peer(other):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other):
        if not self._peer(other):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other):
        if not self._peer(other):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other):
        if not self._peer(other):
            return NotImplemented
        return self._sort_key() >= other._sort_key()

    # pieces
    @property
    def drive(self):
        return self._drive

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drive + self._root

    @property
    def parts(self):
        if self._drive or self._root:
            return (self._drive + self._root,) + self._comps
        return self._comps

    @property
    def name(self):
        if not self._comps:
            return ""
        return self._comps[-1]

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        bits = name.lstrip(".").split(".")
        return ["." + b for b in bits[1:]]

    @property
    def stem(self):
        name, tail = self.name, self.suffix
        return name[:len(name) - len(tail)] if tail else name

    @property
    def parent(self):
        if not self._comps:
            return self
        return self._derive(self._drive, self._root, self._comps[:-1])

    @property
    def parents(self):
        return _Lineage(self)

    # derived paths
    def joinpath(self, *args):
        return self._with_more(args)

    def __truediv__(self, key):
        try:
            return self._with_more((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            front = _combine(self._grammar, [_as_text(key)])
            mine = (self._drive, self._root, self._comps)
            return self._derive(*_graft(self._grammar, front, mine))
        except TypeError:
            return NotImplemented

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        g = self._grammar
        d, r, c = _pieces(g, name)
        bad_end = name[-1:] in (g.sep,) + g.other_seps
        if not name or bad_end or d or r or len(c) != 1 or c[0] != name:
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._drive, self._root, self._comps[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        g = self._grammar
        if g.sep in suffix or any(s in suffix for s in g.other_seps):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and (suffix[0] != "." or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = self.name[:len(self.name) - len(old)] if old else self.name
        return self._derive(self._drive, self._root, self._comps[:-1] + (base + suffix,))

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        them = self._derive(*_combine(self._grammar, [_as_text(o) for o in other]))
        mine, theirs = self._sort_key(), them._sort_key()
        anchored_same = bool(self._drive or self._root) == bool(them._drive or them._root)
        if not anchored_same or mine[:len(theirs)] != theirs:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), them._bare_text()))
        skip = len(theirs)
        if self._drive or self._root:
            rest = self.parts[skip:]
        else:
            rest = self._comps[skip:]
        return self._derive("", "", rest)

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def is_absolute(self):
        return self._grammar.absolute(self._drive, self._root)

    def is_reserved(self):
        if self._grammar is _PosixGrammar or not self._comps:
            return False
        stem = self._comps[-1].partition(".")[0].rstrip(" ").upper()
        return stem in _DOS_DEVICES

    def match(self, path_pattern):
        g = self._grammar
        d, r, c = _pieces(g, path_pattern)
        if not (d or r or c):
            raise ValueError("empty pattern")
        want = ([d + r] if (d or r) else []) + c
        have = self.parts
        if d or r:
            if len(have) != len(want):
                return False
        elif len(want) > len(have):
            return False
        for piece, pat in zip(reversed(have), reversed(want)):
            if g.fold_case:
                piece, pat = piece.lower(), pat.lower()
            if not fnmatch.fnmatchcase(piece, pat):
                return False
        return True


_DOS_DEVICES = frozenset(["CON", "PRN", "AUX", "NUL"] + ["COM%d" % i for i in range(1, 10)]
                         + ["LPT%d" % i for i in range(1, 10)])

_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _percent(raw):
    return "".join(chr(b) if b in _URI_SAFE else "%%%02X" % b for b in raw)


class PurePosixPath(PurePath):
    """Pure path with POSIX syntax."""
    __slots__ = ()
    _grammar = _PosixGrammar


class PureWindowsPath(PurePath):
    """Pure path with Windows syntax."""
    __slots__ = ()
    _grammar = _WindowsGrammar


# --- concrete paths ------------------------------------------------------------

def _missing(err):
    return isinstance(err, (FileNotFoundError, NotADirectoryError)) or \
        getattr(err, "errno", None) in (2, 20, 9, 40)


class Path(PurePath):
    """A PurePath that can also reach the file system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        if cls is WindowsPath and os.name != "nt":
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    # status
    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _kind(self, follow=True):
        try:
            mode = os.stat(self).st_mode if follow else os.lstat(self).st_mode
        except OSError as err:
            if _missing(err):
                return None
            raise
        except ValueError:
            return None
        return mode & _KIND_MASK

    def exists(self):
        return self._kind() is not None

    def is_dir(self):
        return self._kind() == _KIND_DIR

    def is_file(self):
        return self._kind() == _KIND_REG

    def is_symlink(self):
        return self._kind(follow=False) == _KIND_LNK

    def is_fifo(self):
        return self._kind() == 0o010000

    def is_socket(self):
        return self._kind() == 0o140000

    def is_block_device(self):
        return self._kind() == 0o060000

    def is_char_device(self):
        return self._kind() == 0o020000

    def is_mount(self):
        return os.path.ismount(self) if hasattr(os.path, "ismount") else False

    def samefile(self, other_path):
        mine = self.stat()
        if not isinstance(other_path, Path):
            other_path = type(self)(other_path)
        theirs = other_path.stat()
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    # directories
    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            absent = []
            up = self.parent
            while up != up.parent and not os.path.lexists(up):
                absent.append(up)
                up = up.parent
            for ancestor in reversed(absent):
                try:
                    os.mkdir(ancestor)
                except FileExistsError:
                    pass
        try:
            os.mkdir(self, mode)
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise

    def rmdir(self):
        os.rmdir(self)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._derive(self._drive, self._root, self._comps + (name,))

    # files
    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self, target_is_directory)

    def readlink(self):
        return type(self)(os.readlink(self))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def hardlink_to(self, target):
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" not in mode and encoding is None and hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as fh:
            return fh.read()

    def read_bytes(self):
        with self.open("rb") as fh:
            return fh.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as fh:
            return fh.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not %r"
                            % type(data).__name__)
        with self.open("wb") as fh:
            return fh.write(bytes(data))

    # whole-path transforms
    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        whole = self.absolute()
        if strict:
            walked = whole._drive + whole._root
            for comp in whole._comps:
                walked = os.path.join(walked, comp)
                os.stat(walked)
        return type(self)(os.path.realpath(str(whole)))

    def expanduser(self):
        if not self._drive and not self._root and self._comps and self._comps[0][:1] == "~":
            home = os.path.expanduser(self._comps[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._comps[1:])
        return self

    # pattern search
    def glob(self, pattern):
        steps = self._pattern_steps(pattern)
        return self._search(self, steps, 0, set())

    def rglob(self, pattern):
        steps = self._pattern_steps(pattern)
        return self._search(self, ["**"] + steps, 0, set())

    def _pattern_steps(self, pattern):
        d, r, c = _pieces(self._grammar, pattern)
        if d or r:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not c:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.endswith(self._grammar.sep) and c[-1] != "**":
            c = c + [""]
        return c

    def _listing(self, where):
        try:
            with os.scandir(where) as it:
                return [(e.name, _safe_is_dir(e)) for e in it]
        except OSError:
            return []

    def _search(self, where, steps, index, seen):
        if index == len(steps):
            if where not in seen:
                seen.add(where)
                yield where
            return
        step = steps[index]
        child = where._derive
        if step == "":
            if where.is_dir():
                yield from self._search(where, steps, index + 1, seen)
        elif step == "**":
            for found in self._tree_dirs(where):
                yield from self._search(found, steps, index + 1, seen)
        elif not any(ch in step for ch in "*?["):
            nxt = child(where._drive, where._root, where._comps + (step,))
            if nxt.is_dir() if index + 1 < len(steps) else os.path.lexists(nxt):
                yield from self._search(nxt, steps, index + 1, seen)
        else:
            need_dir = index + 1 < len(steps)
            for name, is_dir in self._listing(where):
                if need_dir and not is_dir:
                    continue
                if fnmatch.fnmatchcase(name, step):
                    nxt = child(where._drive, where._root, where._comps + (name,))
                    yield from self._search(nxt, steps, index + 1, seen)

    def _tree_dirs(self, top):
        yield top
        for name, is_dir in self._listing(top):
            if is_dir:
                sub = top._derive(top._drive, top._root, top._comps + (name,))
                if not sub.is_symlink():
                    yield from self._tree_dirs(sub)


def _safe_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


class PosixPath(Path, PurePosixPath):
    """Concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Concrete path on Windows (not available here)."""
    __slots__ = ()
