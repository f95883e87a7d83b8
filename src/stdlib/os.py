"""os: the operating system interface, written for tessera from the documented
behaviour over the _os system calls."""

import sys
import _os
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(r).__name__))
    return r


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        return hasattr(subclass, "__fspath__")


class _Environ(dict):
    """os.environ: a dict whose changes reach the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        _os.putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        _os.unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(" + dict.__repr__(self) + ")"


environ = _Environ(_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def _p(p, fn="path"):
    if isinstance(p, (str, bytes)):
        return p
    if getattr(type(p), "__fspath__", None) is None:
        raise TypeError("%s: path should be string, bytes, os.PathLike or integer, not %s"
                        % (fn, type(p).__name__))
    return fspath(p)


def getcwd():
    return _os.getcwd()


def getcwdb():
    return _os.getcwd().encode()


def chdir(p):
    _os.chdir(_p(p, "chdir"))


def listdir(p="."):
    p = _p(p)
    if isinstance(p, bytes):
        return [n.encode() for n in _os.listdir(p)]
    return _os.listdir(p)


class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 10

    def __new__(cls, values):
        mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = values
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size,
                                   int(atime), int(mtime), int(ctime)))
        self.st_mode = mode
        self.st_ino = ino
        self.st_dev = dev
        self.st_nlink = nlink
        self.st_uid = uid
        self.st_gid = gid
        self.st_size = size
        self.st_atime = atime
        self.st_mtime = mtime
        self.st_ctime = ctime
        self.st_atime_ns = int(atime * 1e9)
        self.st_mtime_ns = int(mtime * 1e9)
        self.st_ctime_ns = int(ctime * 1e9)
        return self

    def __repr__(self):
        names = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                 "st_size", "st_atime", "st_mtime", "st_ctime"]
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, tuple(self))) + ")"


def stat(p, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_p(p, "stat"), follow_symlinks))


def lstat(p, *, dir_fd=None):
    return stat_result(_os.stat(_p(p, "lstat"), False))


def mkdir(p, mode=0o777, *, dir_fd=None):
    _os.mkdir(_p(p, "mkdir"), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = _p(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(p, *, dir_fd=None):
    _os.rmdir(_p(p, "rmdir"))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(p, *, dir_fd=None):
    _os.remove(_p(p, "remove"))


unlink = remove


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_p(src, "rename"), _p(dst, "rename"))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_p(src, "replace"), _p(dst, "replace"))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def getpid():
    return _os.getpid()


def kill(pid, sig):
    import _signal
    _signal.kill(pid, int(sig))


O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 64
O_EXCL = 128
O_NOCTTY = 256
O_TRUNC = 512
O_APPEND = 1024
O_NONBLOCK = 2048
O_DIRECTORY = 65536
O_NOFOLLOW = 131072
O_CLOEXEC = 524288


def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(_p(path, "open"), flags, mode)


def close(fd):
    _os.close(fd)


def write(fd, data):
    if not isinstance(data, bytes):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
    return _os.write(fd, data)


def read(fd, n):
    return _os.read(fd, n)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(_p(path, "chmod"), mode)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.symlink(_p(src, "symlink"), _p(dst, "symlink"))


def readlink(path, *, dir_fd=None):
    return _os.readlink(_p(path, "readlink"))


def urandom(n):
    return _os.urandom(n)


def cpu_count():
    return _os.cpu_count()


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        st = _os.stat(_p(p), follow_symlinks)
    except OSError:
        return False
    if mode == F_OK:
        return True
    perms = st[0]
    ok = True
    if mode & R_OK:
        ok = ok and bool(perms & 0o444)
    if mode & W_OK:
        ok = ok and bool(perms & 0o222)
    if mode & X_OK:
        ok = ok and bool(perms & 0o111)
    return ok


def utime(p, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        times = (ns[0] / 1e9, ns[1] / 1e9)
    _os.utime(_p(p, "utime"), times)


class terminal_size(tuple):
    def __new__(cls, values):
        self = tuple.__new__(cls, values)
        self.columns = values[0]
        self.lines = values[1]
        return self

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


def get_terminal_size(fd=1):
    return terminal_size(_os.terminal_size())


class DirEntry:
    def __init__(self, parent, name, is_dir, is_file, is_link):
        self.name = name
        self.path = path.join(parent, name)
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_link = is_link

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and self._is_link:
            return False
        return self._is_dir

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and self._is_link:
            return False
        return self._is_file

    def is_symlink(self):
        return self._is_link

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name


class _ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._it = iter(())


def scandir(p="."):
    p = _p(p)
    return _ScandirIterator([DirEntry(p, *e) for e in _os.scandir(p)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    nondirs = []
    for e in entries:
        if e.is_dir():
            dirs.append(e.name)
        else:
            nondirs.append(e.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


def strerror(code):
    messages = {
        1: "Operation not permitted", 2: "No such file or directory", 3: "No such process",
        4: "Interrupted system call", 5: "Input/output error", 9: "Bad file descriptor",
        11: "Resource temporarily unavailable", 12: "Cannot allocate memory",
        13: "Permission denied", 17: "File exists", 20: "Not a directory",
        21: "Is a directory", 22: "Invalid argument", 28: "No space left on device",
        32: "Broken pipe", 39: "Directory not empty",
    }
    return messages.get(code, "Unknown error %d" % code)
