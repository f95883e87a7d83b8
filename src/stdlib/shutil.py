"""High-level file operations: copying, moving and removing files and trees
(tessera's own implementation)."""

import os
import sys
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "disk_usage",
           "get_terminal_size", "which", "ignore_patterns", "chown", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """Raised for failures of the tree operations (copytree gathers a list)."""


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when copying a named pipe or similar special file."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when an archive format is registered twice."""


_MODE_KIND = 0o170000
_MODE_DIR = 0o040000
_MODE_LINK = 0o120000
_MODE_FIFO = 0o010000


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object fsrc into fdst, length bytes at a time."""
    step = length if length and length > 0 else COPY_BUFSIZE
    while True:
        block = fsrc.read(step)
        if not block:
            return
        fdst.write(block)


def _same_entry(a, b):
    try:
        sa, sb = os.stat(a), os.stat(b)
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))
    return sa.st_ino == sb.st_ino and sa.st_dev == sb.st_dev


def _kind(path, follow=True):
    try:
        mode = os.stat(path).st_mode if follow else os.lstat(path).st_mode
    except OSError:
        return None
    return mode & _MODE_KIND


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to the file dst; give dst."""
    if _same_entry(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for each in (src, dst):
        if _kind(each) == _MODE_FIFO:
            raise SpecialFileError("`%s` is a named pipe" % each)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as reader:
        try:
            writer = open(dst, "wb")
        except IsADirectoryError as err:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(err.errno, err.strerror, dst) from None
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    bits = os.stat(src).st_mode & 0o7777
    os.chmod(dst, bits)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times from src to dst."""
    both_links = not follow_symlinks and os.path.islink(src) and os.path.islink(dst)
    if both_links:
        return
    info = os.stat(src)
    stamps = (getattr(info, "st_atime_ns", None), getattr(info, "st_mtime_ns", None))
    if None in stamps:
        os.utime(dst, (info.st_atime, info.st_mtime))
    else:
        os.utime(dst, ns=stamps)
    try:
        os.chmod(dst, info.st_mode & 0o7777)
    except NotImplementedError:
        pass


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def _copy_then(metadata, src, dst, follow):
    final = _into(src, dst)
    copyfile(src, final, follow_symlinks=follow)
    metadata(src, final, follow_symlinks=follow)
    return final


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory.  Give the new path."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), and also keep the times of src."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An ignore callable for copytree that drops names matching any pattern."""
    def _skip(path, names):
        return {n for n in names if any(fnmatch.fnmatch(n, p) for p in patterns)}
    return _skip


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless
    dirs_exist_ok); problems are gathered and raised together as Error."""
    with os.scandir(src) as listing:
        entries = list(listing)
    names = [e.name for e in entries]
    dropped = set(ignore(os.fspath(src), names)) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in dropped:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, source, target, symlinks, ignore, copy_function,
                        ignore_dangling_symlinks, dirs_exist_ok)
        except Error as err:
            problems.extend(err.args[0])
        except OSError as err:
            problems.append((source, target, str(err)))
    try:
        copystat(src, dst)
    except OSError as err:
        if getattr(err, "winerror", None) is None:
            problems.append((src, dst, str(err)))
    if problems:
        raise Error(problems)
    return dst


def _copy_entry(entry, source, target, symlinks, ignore, copy_function, dangling_ok,
                dirs_exist_ok):
    if entry.is_symlink():
        pointed = os.readlink(source)
        if symlinks:
            os.symlink(pointed, target)
            copystat(source, target, follow_symlinks=False)
            return
        # the link text is checked as written, relative to the working directory
        if dangling_ok and not os.path.exists(pointed):
            return
        if entry.is_dir():
            copytree(source, target, symlinks, ignore, copy_function, dangling_ok,
                     dirs_exist_ok)
        else:
            copy_function(source, target)
    elif entry.is_dir():
        copytree(source, target, symlinks, ignore, copy_function, dangling_ok, dirs_exist_ok)
    else:
        copy_function(source, target)


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete the directory tree at path.  Failures go to
    onerror(function, path, exc_info), are dropped with ignore_errors, or
    are raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        _report_now(onerror, os.path.islink, path)
        return
    try:
        os.lstat(path)
    except OSError:
        _report_now(onerror, os.lstat, path)
        return
    _clear(path, onerror)


def _report_now(onerror, func, path):
    if onerror is None:
        raise sys.exc_info()[1]
    onerror(func, path, sys.exc_info())


def _clear(top, onerror):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError:
        _report_now(onerror, os.scandir, top)
        entries = []
    for entry in entries:
        where = entry.path
        try:
            descend = entry.is_dir(follow_symlinks=False)
        except OSError:
            descend = False
        if descend:
            _clear(where, onerror)
            continue
        try:
            os.unlink(where)
        except OSError:
            _report_now(onerror, os.unlink, where)
    try:
        os.rmdir(top)
    except OSError:
        _report_now(onerror, os.rmdir, top)


def _inside(src, dst):
    """Is dst src itself or somewhere below it?"""
    outer = os.path.abspath(src).rstrip(os.sep) + os.sep
    inner = os.path.abspath(dst).rstrip(os.sep) + os.sep
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Move src to dst (into dst when it is a directory); give the final path."""
    final = dst
    if os.path.isdir(dst):
        if _same_entry(src, dst):
            os.rename(src, dst)
            return None
        final = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


_usage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """Total, used and free bytes of the file system holding path."""
    probe = getattr(os, "statvfs", None)
    if probe is not None:
        info = probe(path)
        unit, blocks, spare, avail = info.f_frsize, info.f_blocks, info.f_bfree, info.f_bavail
    else:
        import _os
        unit, blocks, spare, avail = _os.statvfs(os.fspath(path))
    return _usage(blocks * unit, (blocks - spare) * unit, avail * unit)


def get_terminal_size(fallback=(80, 24)):
    """Columns and lines of the terminal: $COLUMNS/$LINES first, then the
    terminal on stdout, then fallback."""
    def _env(var):
        try:
            return int(os.environ.get(var, "0"))
        except ValueError:
            return 0
    cols, rows = _env("COLUMNS"), _env("LINES")
    if cols <= 0 or rows <= 0:
        try:
            real = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            real = os.terminal_size(fallback)
        cols = cols if cols > 0 else (real.columns or fallback[0])
        rows = rows if rows > 0 else (real.lines or fallback[1])
    return os.terminal_size((cols, rows))


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Path of the executable cmd as found on PATH (or path), else None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    as_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", os.defpath)
    if not path:
        return None
    if as_bytes:
        path = os.fsencode(path)
        folders = path.split(os.fsencode(os.pathsep))
    else:
        path = os.fsdecode(path)
        folders = path.split(os.pathsep)
    visited = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def chown(path, user=None, group=None):
    """Not available on tessera."""
    raise NotImplementedError("chown is not supported on tessera")
