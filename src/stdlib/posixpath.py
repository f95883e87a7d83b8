"""os.path for POSIX paths, written for tessera from the documented behaviour."""

import _os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = [
    "join", "split", "splitext", "basename", "dirname", "exists", "lexists", "isfile",
    "isdir", "islink", "isabs", "abspath", "normpath", "realpath", "relpath",
    "expanduser", "expandvars", "getsize", "getmtime", "getatime", "getctime",
    "commonprefix", "commonpath", "samefile", "splitdrive", "normcase", "sep",
    "curdir", "pardir", "extsep", "altsep", "pathsep", "defpath", "devnull",
]


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def _s(p):
    return b"/" if isinstance(p, bytes) else "/"


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_s(s))


def join(a, *p):
    a = _fspath(a)
    sep = _s(a)
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    p = _fspath(p)
    sep = _s(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_i = p.rfind(sep)
    dot_i = p.rfind(dot)
    if dot_i > sep_i:
        f = sep_i + 1
        while f < dot_i:
            if p[f:f + 1] != dot:
                return p[:dot_i], p[dot_i:]
            f += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_s(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _s(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _stat(p):
    try:
        return _os.stat(_fspath(p), True)
    except (OSError, ValueError):
        return None


def exists(p):
    return _stat(p) is not None


def lexists(p):
    try:
        _os.stat(_fspath(p), False)
    except (OSError, ValueError):
        return False
    return True


def isfile(p):
    st = _stat(p)
    return st is not None and st[0] & 0o170000 == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & 0o170000 == 0o040000


def islink(p):
    try:
        st = _os.stat(_fspath(p), False)
    except (OSError, ValueError):
        return False
    return st[0] & 0o170000 == 0o120000


def ismount(p):
    return normpath(abspath(p)) == "/"


def getsize(p):
    return _os.stat(_fspath(p), True)[6]


def getatime(p):
    return _os.stat(_fspath(p), True)[7]


def getmtime(p):
    return _os.stat(_fspath(p), True)[8]


def getctime(p):
    return _os.stat(_fspath(p), True)[9]


def samefile(a, b):
    x = _os.stat(_fspath(a), True)
    y = _os.stat(_fspath(b), True)
    return x[1] == y[1] and x[2] == y[2]


def normpath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        return normpath(path.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
    if not path:
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not comps) or (comps and comps[-1] == ".."):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = "/".join(comps)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if isinstance(path, bytes):
        if not path.startswith(b"/"):
            path = join(_os.getcwd().encode(), path)
        return normpath(path)
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    try:
        return _os.realpath(filename)
    except OSError:
        if strict:
            raise
    # Resolve the longest existing prefix, then append the rest as written.
    head, tail = split(abspath(filename))
    if head == filename or not tail:
        return abspath(filename)
    return join(realpath(head), tail)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith("/") for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    common = commonprefix(split_paths)
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i == 1:
        env = _os.environ()
        home = env.get("HOME")
        if home is None:
            return path
    else:
        name = path[1:i]
        home = "/root" if name == "root" else "/home/" + name
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def expandvars(path):
    path = _fspath(path)
    if "$" not in path:
        return path
    env = _os.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end if end > i else i + 1
    return "".join(out)
