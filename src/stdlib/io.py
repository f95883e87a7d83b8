"""Streams: open(), FileIO, the buffered binary files, TextIOWrapper, StringIO, BytesIO.

Written for tessera from the io module's documented behaviour. Files sit on _fileio's raw
handles. Text files decode what they read in one piece on the first read after a seek,
which keeps tell()/seek() exact: tell() is the byte offset of the next unread character.
"""

import _fileio

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

__all__ = [
    "open", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase", "FileIO",
    "BufferedReader", "BufferedWriter", "BufferedRandom", "TextIOWrapper",
    "StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
    "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
]


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"

_ENCODINGS = {
    "utf-8": "utf-8", "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf-8-sig": "utf-8-sig", "utf8-sig": "utf-8-sig",
    "latin-1": "latin-1", "latin1": "latin-1", "iso-8859-1": "latin-1",
    "iso8859-1": "latin-1", "8859": "latin-1", "cp819": "latin-1", "l1": "latin-1",
    "latin": "latin-1",
    "ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
}


def _lookup(encoding):
    key = encoding.lower().replace("_", "-").replace(" ", "-")
    try:
        return _ENCODINGS[key]
    except KeyError:
        raise LookupError("unknown encoding: " + encoding) from None


def text_encoding(encoding, stacklevel=2):
    return "utf-8" if encoding is None else encoding


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(file).__name__)
    path = fspath(file)
    if not isinstance(path, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(file).__name__, type(path).__name__))
    return path


class IOBase:
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def _check_readable(self):
        self._check_closed()
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def _check_writable(self):
        self._check_closed()
        if not self.writable():
            raise UnsupportedOperation("not writable")

    def _check_seekable(self):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")

    def flush(self):
        self._check_closed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._check_closed()
        return False

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def readinto(self, b):
        target = memoryview(b)
        chunk = self.read(len(target))
        target[:len(chunk)] = chunk
        return len(chunk)

    readinto1 = readinto


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+tU") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if "U" in modes:
        if creating or writing or appending or updating:
            raise ValueError("mode U cannot be combined with 'x', 'w', 'a', or '+'")
        reading = True
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return creating, reading, writing, appending, updating, binary


class FileIO(RawIOBase):
    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._handle = None
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        path = _fspath(file)
        if isinstance(path, bytes):
            path = path.decode("utf-8", "surrogateescape")
        creating, reading, writing, appending, updating, _ = _parse_mode(mode)
        flag = "x" if creating else "r" if reading else "w" if writing else "a"
        self._handle = _fileio.open(path, flag + ("+" if updating else ""))
        self.name = file
        self._readable = reading or updating
        self._writable = creating or writing or appending or updating
        if creating:
            self.mode = "xb+" if updating else "xb"
        elif reading:
            self.mode = "rb+" if updating else "rb"
        elif writing:
            self.mode = "rb+" if updating else "wb"
        else:
            self.mode = "ab+" if updating else "ab"
        self.closefd = closefd
        if appending:
            _fileio.seek(self._handle, 0, 2)

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self.closefd)

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        return _fileio.read(self._handle, size)

    def readall(self):
        return self.read(-1)

    def readinto(self, b):
        self._check_readable()
        target = memoryview(b)
        chunk = _fileio.read(self._handle, len(target))
        target[:len(chunk)] = chunk
        return len(chunk)

    def readline(self, size=-1):
        self._check_readable()
        out = []
        while size is None or size < 0 or len(out) < size:
            c = _fileio.read(self._handle, 1)
            if not c:
                break
            out.append(c)
            if c == b"\n":
                break
        return b"".join(out)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _fileio.write(self._handle, bytes(b))

    def seek(self, pos, whence=0):
        self._check_closed()
        return _fileio.seek(self._handle, pos, whence)

    def tell(self):
        self._check_closed()
        return _fileio.seek(self._handle, 0, 1)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        return _fileio.truncate(self._handle, size)

    def fileno(self):
        self._check_closed()
        return _fileio.fileno(self._handle)

    def isatty(self):
        self._check_closed()
        return _fileio.isatty(self._handle)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._handle is not None:
                _fileio.close(self._handle)

    def __del__(self):
        if self._handle is not None and not self._closed:
            _fileio.close(self._handle)


class _Buffered(BufferedIOBase):
    """Binary file over a raw stream. Reads are buffered; writes go straight through,
    so what was written is on disk (and what another reader sees) at once."""

    _kind = "BufferedReader"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0

    def __repr__(self):
        return "<_io.%s name=%r>" % (self._kind, self.name)

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def detach(self):
        raw = self.raw
        self._sync()
        return raw

    def _sync(self):
        # Moves the raw position back over what was buffered but not consumed.
        left = len(self._rbuf) - self._rpos
        if left:
            self.raw.seek(-left, 1)
        self._rbuf = b""
        self._rpos = 0

    def _buffered(self):
        return self._rbuf[self._rpos:]

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            data = self._buffered() + self.raw.read(-1)
            self._rbuf = b""
            self._rpos = 0
            return data
        while len(self._rbuf) - self._rpos < size:
            chunk = self.raw.read(max(self.buffer_size, size))
            if not chunk:
                break
            self._rbuf = self._buffered() + chunk
            self._rpos = 0
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._check_readable()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        if size is None or size < 0:
            size = len(self._rbuf) - self._rpos
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_readable()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        return self._buffered()

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        parts = []
        got = 0
        while True:
            if self._rpos >= len(self._rbuf):
                self._rbuf = self.raw.read(self.buffer_size)
                self._rpos = 0
                if not self._rbuf:
                    break
            end = self._rbuf.find(b"\n", self._rpos)
            stop = len(self._rbuf) if end < 0 else end + 1
            if size >= 0 and got + (stop - self._rpos) > size:
                stop = self._rpos + (size - got)
            parts.append(self._rbuf[self._rpos:stop])
            got += stop - self._rpos
            self._rpos = stop
            if end >= 0 and stop == end + 1 or (size >= 0 and got >= size):
                break
        return b"".join(parts)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._sync()
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._sync()
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - (len(self._rbuf) - self._rpos)

    def truncate(self, pos=None):
        self._check_writable()
        self._sync()
        return self.raw.truncate(pos)

    def flush(self):
        self._check_closed()

    def close(self):
        if not self.raw.closed:
            self.raw.close()


class BufferedReader(_Buffered):
    _kind = "BufferedReader"


class BufferedWriter(_Buffered):
    _kind = "BufferedWriter"


class BufferedRandom(_Buffered):
    _kind = "BufferedRandom"


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            + type(errors).__name__)
        self._codec = _lookup(encoding)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._seen = set()
        self._text = None
        self._tpos = 0
        self._base = 0

    def __repr__(self):
        try:
            name = self.name
        except Exception:
            return "<_io.TextIOWrapper mode=%r encoding=%r>" % (self.mode, self.encoding)
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (name, self.mode, self.encoding)

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        if not self._seen:
            return None
        order = [n for n in ("\r", "\n", "\r\n") if n in self._seen]
        return order[0] if len(order) == 1 else tuple(order)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def detach(self):
        self._drop()
        b = self.buffer
        return b

    def _decode(self, data):
        codec = self._codec
        if codec == "utf-8-sig":
            if self._base == 0 and data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
                self._base = 3
            codec = "utf-8"
        return data.decode(codec, self.errors)

    def _load(self):
        if self._text is None:
            self._check_readable()
            self._base = self.buffer.tell()
            self._text = self._decode(self.buffer.read())
            self._tpos = 0

    def _drop(self):
        # Puts the byte position back where the reader stopped.
        if self._text is not None:
            if self._tpos < len(self._text):
                self.buffer.seek(self._tell())
            self._text = None
            self._tpos = 0

    def _tell(self):
        consumed = self._text[:self._tpos]
        codec = "utf-8" if self._codec == "utf-8-sig" else self._codec
        return self._base + len(consumed.encode(codec, self.errors))

    def _note(self, text):
        if "\r\n" in text:
            self._seen.add("\r\n")
        if "\r" in text.replace("\r\n", ""):
            self._seen.add("\r")
        if "\n" in text.replace("\r\n", ""):
            self._seen.add("\n")

    def _translate(self, raw):
        if self._newline is None:
            self._note(raw)
            return raw.replace("\r\n", "\n").replace("\r", "\n")
        return raw

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        self._load()
        text = self._text
        start = self._tpos
        if size < 0:
            self._tpos = len(text)
            return self._translate(text[start:])
        end = min(start + size, len(text))
        # "\r\n" is one character once translated: take one more so a pair stays whole.
        if self._newline is None:
            out = self._translate(text[start:end])
            while len(out) < size and end < len(text):
                end += 1
                out = self._translate(text[start:end])
            if end < len(text) and text[end - 1] == "\r" and text[end] == "\n":
                end += 1
            self._tpos = end
            return out
        self._tpos = end
        return text[start:end]

    def _line_end(self, text, start):
        nl = self._newline
        if nl is None or nl == "":
            i = start
            n = len(text)
            while i < n:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < n and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return n
        i = text.find(nl, start)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        self._load()
        start = self._tpos
        end = self._line_end(self._text, start)
        line = self._text[start:end]
        if size >= 0 and len(line) > size:
            end = start + size
            line = self._text[start:end]
        self._tpos = end
        return self._translate(line)

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        self._drop()
        text = s
        nl = self._newline
        if nl is not None and nl not in ("", "\n"):
            text = text.replace("\n", nl)
        codec = self._codec
        if codec == "utf-8-sig":
            codec = "utf-8"
            if self.buffer.tell() == 0:
                self.buffer.write(b"\xef\xbb\xbf")
        self.buffer.write(text.encode(codec, self.errors))
        return len(s)

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._text = None
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %r" % cookie)
        self._text = None
        return self.buffer.seek(cookie)

    def tell(self):
        self._check_closed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if self._text is None:
            return self.buffer.tell()
        return self._tell()

    def truncate(self, pos=None):
        self._check_writable()
        self._drop()
        return self.buffer.truncate(pos)

    def flush(self):
        self._check_closed()

    def close(self):
        if not self.buffer.closed:
            self._drop()
            self.buffer.close()

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StringIO(TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % newline)
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            + type(initial_value).__name__)
        self._newline = newline
        self._parts = []
        self._parts_len = 0  # characters in _parts, so appending stays linear
        self._value = self._in(initial_value)
        self._pos = 0

    def __repr__(self):
        return "<_io.StringIO object at 0x%x>" % id(self)

    def _in(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline not in ("", "\n"):
            return s.replace("\n", self._newline)
        return s

    def _flat(self):
        if self._parts:
            self._value = self._value + "".join(self._parts)
            self._parts = []
            self._parts_len = 0
        return self._value

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._flat()

    def read(self, size=-1):
        self._check_closed()
        v = self._flat()
        start = self._pos
        if size is None or size < 0:
            end = len(v)
        else:
            end = min(start + size, len(v))
        self._pos = max(end, start)
        return v[start:end]

    def readline(self, size=-1):
        self._check_closed()
        v = self._flat()
        start = self._pos
        if self._newline in (None, "\n", ""):
            i = v.find("\n", start)
            if self._newline == "":
                j = v.find("\r", start)
                if j >= 0 and (i < 0 or j < i):
                    i = j if not v.startswith("\r\n", j) else j + 1
            end = len(v) if i < 0 else i + 1
        else:
            i = v.find(self._newline, start)
            end = len(v) if i < 0 else i + len(self._newline)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(end, start)
        return v[start:end]

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        text = self._in(s)
        n = len(text)
        if self._pos == len(self._value) + self._parts_len:
            self._parts.append(text)
            self._parts_len += n
        else:
            v = self._flat()
            if self._pos > len(v):
                v = v + "\0" * (self._pos - len(v))
            self._value = v[:self._pos] + text + v[self._pos + n:]
        self._pos += n
        return len(s)

    def seek(self, pos, whence=0):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("an integer is required")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._value = self._flat()[:size]
        return size

    def close(self):
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._value = bytes(initial_bytes)
        self._parts = []
        self._parts_len = 0
        self._pos = 0

    def __repr__(self):
        return "<_io.BytesIO object at 0x%x>" % id(self)

    def _flat(self):
        if self._parts:
            self._value = self._value + b"".join(self._parts)
            self._parts = []
            self._parts_len = 0
        return self._value

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._flat()

    def getbuffer(self):
        self._unsupported("getbuffer")

    def read(self, size=-1):
        self._check_closed()
        v = self._flat()
        start = self._pos
        end = len(v) if size is None or size < 0 else min(start + size, len(v))
        self._pos = max(end, start)
        return v[start:end]

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        v = self._flat()
        start = self._pos
        i = v.find(b"\n", start)
        end = len(v) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = max(end, start)
        return v[start:end]

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        if self._pos == len(self._value) + self._parts_len:
            self._parts.append(b)
            self._parts_len += n
        else:
            v = self._flat()
            if self._pos > len(v):
                v = v + b"\0" * (self._pos - len(v))
            self._value = v[:self._pos] + b + v[self._pos + n:]
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._flat()) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        self._value = self._flat()[:size]
        return size

    def close(self):
        self._closed = True


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)):
        file = _fspath(file)
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError("tessera: opening a file descriptor is not supported")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not "
                        + type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not "
                        + type(errors).__name__)
    creating, reading, writing, appending, updating, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    raw = FileIO(file, (mode.replace("t", "").replace("b", "").replace("U", "")) or "r",
                 closefd, opener=opener)
    if buffering == 0:
        if binary:
            return raw
        raw.close()
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buffered = BufferedRandom(raw)
    elif creating or writing or appending:
        buffered = BufferedWriter(raw)
    else:
        buffered = BufferedReader(raw)
    if binary:
        return buffered
    try:
        text = TextIOWrapper(buffered, encoding, errors, newline, buffering == 1)
    except BaseException:
        raw.close()
        raise
    text.mode = mode
    return text
