"""Constants and helpers for interpreting os.stat() results, written for tessera from the
documentation and observed behaviour of CPython 3.11's stat module (its C version: modes
must be ints that fit in an unsigned 32-bit mode_t)."""

# Indexes into the tuple form of a stat result.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = \
    range(10)

# File types (the S_IFMT bits).
S_IFIFO = 0o010000
S_IFCHR = 0o020000
S_IFDIR = 0o040000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0  # Solaris and BSD types: none on Linux

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_ENFMT = S_ISGID
S_IRWXU, S_IRUSR, S_IWUSR, S_IXUSR = 0o700, 0o400, 0o200, 0o100
S_IRWXG, S_IRGRP, S_IWGRP, S_IXGRP = 0o070, 0o040, 0o020, 0o010
S_IRWXO, S_IROTH, S_IWOTH, S_IXOTH = 0o007, 0o004, 0o002, 0o001
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# BSD file flags (st_flags).
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE = 0x1, 0x2, 0x4, 0x8
UF_NOUNLINK, UF_COMPRESSED, UF_HIDDEN = 0x10, 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_READONLY = 0x1
FILE_ATTRIBUTE_HIDDEN = 0x2
FILE_ATTRIBUTE_SYSTEM = 0x4
FILE_ATTRIBUTE_DIRECTORY = 0x10
FILE_ATTRIBUTE_ARCHIVE = 0x20
FILE_ATTRIBUTE_DEVICE = 0x40
FILE_ATTRIBUTE_NORMAL = 0x80
FILE_ATTRIBUTE_TEMPORARY = 0x100
FILE_ATTRIBUTE_SPARSE_FILE = 0x200
FILE_ATTRIBUTE_REPARSE_POINT = 0x400
FILE_ATTRIBUTE_COMPRESSED = 0x800
FILE_ATTRIBUTE_OFFLINE = 0x1000
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 0x2000
FILE_ATTRIBUTE_ENCRYPTED = 0x4000
FILE_ATTRIBUTE_INTEGRITY_STREAM = 0x8000
FILE_ATTRIBUTE_VIRTUAL = 0x10000
FILE_ATTRIBUTE_NO_SCRUB_DATA = 0x20000


def _checked(mode):
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode >= 1 << 32:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _checked(mode) & 0o7777


def S_IFMT(mode):
    """Return the portion of the file's mode that describes the file type."""
    return _checked(mode) & 0o170000


def _type_test(kind, name, what):
    def test(mode):
        return S_IFMT(mode) == kind if kind else (_checked(mode), False)[1]
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "%s(mode) -> bool\n\nReturn True if mode is from %s." % (name, what)
    return test


S_ISDIR = _type_test(S_IFDIR, "S_ISDIR", "a directory")
S_ISCHR = _type_test(S_IFCHR, "S_ISCHR", "a character special device file")
S_ISBLK = _type_test(S_IFBLK, "S_ISBLK", "a block special device file")
S_ISREG = _type_test(S_IFREG, "S_ISREG", "a regular file")
S_ISFIFO = _type_test(S_IFIFO, "S_ISFIFO", "a FIFO (named pipe)")
S_ISLNK = _type_test(S_IFLNK, "S_ISLNK", "a symbolic link")
S_ISSOCK = _type_test(S_IFSOCK, "S_ISSOCK", "a socket")
S_ISDOOR = _type_test(0, "S_ISDOOR", "a door")
S_ISPORT = _type_test(0, "S_ISPORT", "an event port")
S_ISWHT = _type_test(0, "S_ISWHT", "a whiteout")

# For each of filemode()'s ten columns: (bits, letter) pairs tried in order; the first
# whose bits are all set wins, '-' (or '?' for the type column) when none is.
_COLUMNS = (
    ((S_IFLNK, 'l'), (S_IFSOCK, 's'), (S_IFREG, '-'), (S_IFBLK, 'b'), (S_IFDIR, 'd'),
     (S_IFCHR, 'c'), (S_IFIFO, 'p')),
    ((S_IRUSR, 'r'),),
    ((S_IWUSR, 'w'),),
    ((S_IXUSR | S_ISUID, 's'), (S_ISUID, 'S'), (S_IXUSR, 'x')),
    ((S_IRGRP, 'r'),),
    ((S_IWGRP, 'w'),),
    ((S_IXGRP | S_ISGID, 's'), (S_ISGID, 'S'), (S_IXGRP, 'x')),
    ((S_IROTH, 'r'),),
    ((S_IWOTH, 'w'),),
    ((S_IXOTH | S_ISVTX, 't'), (S_ISVTX, 'T'), (S_IXOTH, 'x')),
)


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    _checked(mode)
    kind = mode & 0o170000
    letters = []
    for n, choices in enumerate(_COLUMNS):
        for bits, letter in choices:
            if (kind == bits) if n == 0 else (mode & bits == bits):
                letters.append(letter)
                break
        else:
            letters.append('?' if n == 0 else '-')
    return ''.join(letters)
