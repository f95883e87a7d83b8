"""Reading and writing gzip files (RFC 1952) on top of zlib.

Written for tessera from the documentation of CPython's gzip module and its observed
behaviour: compress()/decompress(), open() and GzipFile, BadGzipFile.
"""

import builtins
import io
import os
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

# Values of GzipFile.mode.
READ = 1
WRITE = 2

# Header flag bits.
FTEXT = 1
FHCRC = 2
FEXTRA = 4
FNAME = 8
FCOMMENT = 16

_SIGNATURE = b"\x1f\x8b"
_DEFLATE = 8
_OS_UNKNOWN = 255
_CHUNK = 8192
_ENDED_EARLY = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """The data is not a valid gzip stream."""


def _extra_flags(level):
    if level == 9:
        return 2
    if level == 1:
        return 4
    return 0


def _le32(n):
    return (n & 0xFFFFFFFF).to_bytes(4, "little")


def _new_header(level, mtime, fname=b""):
    flags = FNAME if fname else 0
    parts = [_SIGNATURE, bytes([_DEFLATE, flags]), _le32(int(mtime)),
             bytes([_extra_flags(level), _OS_UNKNOWN])]
    if fname:
        parts.append(fname + b"\x00")
    return b"".join(parts)


def _raw_deflater(level):
    return zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)


def _scan_header(take):
    """Reads one member header through take(n) (which returns at most n bytes).

    Returns the header's mtime, or None when there is no further member.
    """
    lead = take(2)
    if len(lead) == 1:
        lead += take(1)
    if lead == b"":
        return None
    if lead != _SIGNATURE:
        raise BadGzipFile("Not a gzipped file (%r)" % lead)

    def exactly(n):
        got = take(n)
        while len(got) < n:
            more = take(n - len(got))
            if not more:
                raise EOFError(_ENDED_EARLY)
            got += more
        return got

    fixed = exactly(8)
    if fixed[0] != _DEFLATE:
        raise BadGzipFile("Unknown compression method")
    flags = fixed[1]
    mtime = int.from_bytes(fixed[2:6], "little")
    if flags & FEXTRA:
        exactly(int.from_bytes(exactly(2), "little"))
    for bit in (FNAME, FCOMMENT):
        if flags & bit:
            while exactly(1) != b"\x00":
                pass
    if flags & FHCRC:
        exactly(2)
    return mtime


class _Unpacker:
    """Decodes the gzip members of a binary stream one chunk at a time."""

    def __init__(self, stream):
        self._stream = stream
        self._spare = b""
        self._inflater = None
        self._crc = 0
        self._length = 0
        self.finished = False
        self.mtime = None

    def _take(self, n):
        if self._spare:
            piece = self._spare[:n]
            self._spare = self._spare[n:]
            return piece
        return self._stream.read(n)

    def _exactly(self, n):
        got = b""
        while len(got) < n:
            more = self._take(n - len(got))
            if not more:
                raise EOFError(_ENDED_EARLY)
            got += more
        return got

    def _open_member(self):
        # Zero bytes may pad the space between members.
        while True:
            first = self._take(1)
            if first != b"\x00":
                break
        if not first:
            return False
        self._spare = first + self._spare
        self.mtime = _scan_header(self._take)
        if self.mtime is None:
            return False
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        self._crc = 0
        self._length = 0
        return True

    def _close_member(self):
        self._spare = self._inflater.unused_data + self._spare
        self._inflater = None
        tail = self._exactly(8)
        stored_crc = int.from_bytes(tail[:4], "little")
        stored_len = int.from_bytes(tail[4:], "little")
        if stored_crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(stored_crc), hex(self._crc)))
        if stored_len != self._length & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")

    def chunk(self):
        """The next decoded bytes; b"" once the stream is exhausted."""
        while not self.finished:
            if self._inflater is None:
                if not self._open_member():
                    self.finished = True
                    break
            raw = self._take(_CHUNK)
            if not raw:
                raise EOFError(_ENDED_EARLY)
            data = self._inflater.decompress(raw)
            self._crc = zlib.crc32(data, self._crc)
            self._length += len(data)
            if self._inflater.eof:
                self._close_member()
            if data:
                return data
        return b""


def _check_mode_text(mode):
    if "t" in mode or "U" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))


class GzipFile(io.BufferedIOBase):
    """A file object that compresses what is written to it, or decompresses what is read
    from it, in the gzip format."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode:
            _check_mode_text(mode)
            if "b" not in mode:
                mode += "b"
        if fileobj is None:
            fileobj = builtins.open(filename, mode or "rb")
            self.myfileobj = fileobj
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
        self.fileobj = fileobj
        self.name = filename
        self._at = 0
        if mode.startswith("r"):
            self.mode = READ
            self._unpacker = _Unpacker(fileobj)
            self._origin = fileobj.tell() if fileobj.seekable() else 0
            self._held = b""
        elif mode[:1] in ("w", "a", "x"):
            self.mode = WRITE
            self._level = compresslevel
            self._deflater = _raw_deflater(compresslevel)
            self._crc = 0
            self._length = 0
            stamp = time.time() if mtime is None else mtime
            fileobj.write(_new_header(compresslevel, stamp, self._stored_name(filename)))
        else:
            raise ValueError("Invalid mode: %r" % (mode,))

    @staticmethod
    def _stored_name(filename):
        if isinstance(filename, bytes):
            base = os.path.basename(filename)
            return base[:-3] if base.endswith(b".gz") else base
        base = os.path.basename(filename)
        if base.endswith(".gz"):
            base = base[:-3]
        try:
            return base.encode("latin-1")
        except UnicodeEncodeError:
            return b""

    @property
    def mtime(self):
        """The modification time of the last member read (None before the first)."""
        if self.mode == READ:
            return self._unpacker.mtime
        return None

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        return "<gzip %r %s>" % (self.fileobj, hex(id(self)))

    def _live(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _require(self, wanted, what):
        self._live()
        if self.mode != wanted:
            kind = "read-only" if self.mode == READ else "write-only"
            raise OSError(9, "%s() on %s GzipFile object" % (what, kind))

    def readable(self):
        self._live()
        return self.mode == READ

    def writable(self):
        self._live()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    # Writing.

    def write(self, data):
        self._require(WRITE, "write")
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        if data:
            self.fileobj.write(self._deflater.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._length += len(data)
            self._at += len(data)
        return len(data)

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._live()
        if self.mode == WRITE:
            self.fileobj.write(self._deflater.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        stream = self.fileobj
        if stream is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                stream.write(self._deflater.flush())
                stream.write(_le32(self._crc) + _le32(self._length))
        finally:
            owned = self.myfileobj
            if owned is not None:
                self.myfileobj = None
                owned.close()

    # Reading.

    def _fill(self):
        """Adds decoded bytes to the held buffer; False at the end of the data."""
        more = self._unpacker.chunk()
        if not more:
            return False
        self._held += more
        return True

    def _give(self, n):
        out = self._held[:n]
        self._held = self._held[n:]
        self._at += len(out)
        return out

    def read(self, size=-1):
        self._require(READ, "read")
        if size is None or size < 0:
            while self._fill():
                pass
            return self._give(len(self._held))
        while len(self._held) < size and self._fill():
            pass
        return self._give(size)

    def read1(self, size=-1):
        self._require(READ, "read")
        if not self._held:
            self._fill()
        if size is None or size < 0:
            size = len(self._held)
        return self._give(size)

    def peek(self, n):
        self._require(READ, "peek")
        if not self._held:
            self._fill()
        return self._held

    def readline(self, size=-1):
        self._require(READ, "read")
        if size is None:
            size = -1
        start = 0
        while True:
            cut = self._held.find(b"\n", start)
            if cut >= 0:
                end = cut + 1
                break
            start = len(self._held)
            if 0 <= size <= start or not self._fill():
                end = len(self._held)
                break
        if 0 <= size < end:
            end = size
        return self._give(end)

    def rewind(self):
        """Goes back to the start of the decompressed data."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(self._origin)
        self._unpacker = _Unpacker(self.fileobj)
        self._held = b""
        self._at = 0

    def tell(self):
        self._live()
        return self._at

    def seek(self, offset, whence=io.SEEK_SET):
        self._live()
        if whence == io.SEEK_CUR:
            offset += self._at
        elif whence == io.SEEK_END:
            if self.mode == WRITE:
                raise ValueError("Seek from end not supported")
            while self._fill():
                pass
            offset += self._at + len(self._held)
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if self.mode == WRITE:
            if offset < self._at:
                raise OSError("Negative seek in write mode")
            self.write(bytes(offset - self._at))
            return self._at
        if offset < self._at:
            self.rewind()
        while self._at < offset:
            if not self._give(offset - self._at) and not self._fill():
                break
        return self._at


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', 'wt', 'at', 'xt')
    mode and returns a GzipFile or, for text, an io.TextIOWrapper around one."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for label, given in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if given is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % label)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def compress(data, compresslevel=9, *, mtime=None):
    """The gzip form of data: one member with the given mtime (now when None)."""
    if mtime == 0:
        return zlib.compress(data, compresslevel, 31)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    return b"".join([_new_header(compresslevel, mtime), body,
                     _le32(zlib.crc32(data)), _le32(len(data))])


def decompress(data):
    """The data of every member of a gzip stream, concatenated."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    pieces = []
    rest = data
    while True:
        rest = rest.lstrip(b"\x00") if rest[:1] == b"\x00" else rest
        cursor = [0]

        def take(n, src=rest, cursor=cursor):
            piece = src[cursor[0]:cursor[0] + n]
            cursor[0] += len(piece)
            return piece

        if _scan_header(take) is None:
            break
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        out = inflater.decompress(rest[cursor[0]:])
        if not inflater.eof:
            raise EOFError(_ENDED_EARLY)
        tail = inflater.unused_data
        if len(tail) < 8:
            raise EOFError(_ENDED_EARLY)
        if int.from_bytes(tail[:4], "little") != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if int.from_bytes(tail[4:8], "little") != len(out) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        pieces.append(out)
        rest = tail[8:]
    return b"".join(pieces)
