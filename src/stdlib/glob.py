"""Pathname pattern expansion in the manner of the Unix shell (tessera's own
implementation).  Patterns use fnmatch wildcards per path component; with
recursive=True a component that is exactly ``**`` stands for any number of
nested directories, including none."""

import os
import re
import fnmatch

__all__ = ["escape", "glob", "iglob"]

_WILD = re.compile(r"[*?[]")
_WILD_B = re.compile(rb"[*?[]")


def has_magic(s):
    """True when s contains a wildcard character."""
    finder = _WILD_B if isinstance(s, bytes) else _WILD
    return finder.search(s) is not None


def escape(pathname):
    """Escape the wildcard characters of pathname (the drive is kept as is)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        out = b"".join(b"[" + bytes([c]) + b"]" if c in b"*?[" else bytes([c]) for c in rest)
    else:
        out = "".join("[" + c + "]" if c in "*?[" else c for c in rest)
    return drive + out


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return the list of paths matching pathname (in directory order)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator over the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if isinstance(pathname, bytes):
        base = None if root_dir is None else os.fsdecode(root_dir)
        walker = _Walker(base, recursive, include_hidden)
        return (os.fsencode(p) for p in walker.run(os.fsdecode(pathname)))
    if isinstance(root_dir, bytes):
        root_dir = os.fsdecode(root_dir)
    return _Walker(root_dir, recursive, include_hidden).run(pathname)


class _Walker:
    """Expands one pattern component after another, depth first."""

    def __init__(self, root, recursive, hidden):
        self.root = root
        self.recursive = recursive
        self.hidden = hidden

    # file-system views relative to the root directory
    def _real(self, path):
        if self.root is None:
            return path
        return os.path.join(self.root, path)

    def _entries(self, path, want_dirs):
        try:
            with os.scandir(self._real(path) or os.curdir) as it:
                found = []
                for entry in it:
                    if want_dirs:
                        try:
                            if not entry.is_dir():
                                continue
                        except OSError:
                            continue
                    found.append(entry.name)
                return found
        except OSError:
            return []

    def _exists(self, path):
        return os.path.lexists(self._real(path))

    def _isdir(self, path):
        return os.path.isdir(self._real(path))

    # the expansion proper
    def run(self, pattern):
        if not pattern:
            return
        if not has_magic(pattern):
            real = self._real(pattern)
            if pattern.endswith(os.sep):
                if os.path.isdir(real):
                    yield pattern
            elif os.path.lexists(real):
                yield pattern
            return
        stripped = pattern.lstrip(os.sep)
        anchor = pattern[:len(pattern) - len(stripped)]
        pieces = stripped.split(os.sep)
        comps = [c for c in pieces[:-1] if c] + [pieces[-1]]
        for found in self._expand(anchor, comps, 0):
            if found:
                yield found

    def _expand(self, current, comps, index):
        if index == len(comps):
            yield current
            return
        comp = comps[index]
        last = index == len(comps) - 1
        if comp == "":
            if self._isdir(current):
                yield os.path.join(current, "")
            return
        if self.recursive and comp == "**":
            for deeper in self._descend(current, last):
                yield from self._expand(deeper, comps, index + 1)
            return
        if not has_magic(comp):
            joined = os.path.join(current, comp)
            if not last or self._exists(joined):
                yield from self._expand(joined, comps, index + 1)
            return
        show_dots = self.hidden or comp.startswith(".")
        for name in self._entries(current, not last):
            if name.startswith(".") and not show_dots:
                continue
            if fnmatch.fnmatch(name, comp):
                yield from self._expand(os.path.join(current, name), comps, index + 1)

    def _descend(self, top, everything):
        """top itself (as a directory prefix), then what lies below it:
        every entry when everything is true, else the directories only."""
        if top == "" or self._isdir(top):
            yield os.path.join(top, "")
            yield from self._below(top, everything)

    def _below(self, where, everything):
        for name in self._entries(where, not everything):
            if name.startswith(".") and not self.hidden:
                continue
            child = os.path.join(where, name)
            yield child
            yield from self._below(child, everything)
