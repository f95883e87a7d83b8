"""Codec registry and base classes (tessera's own implementation).

The text codecs here are the ones tessera's ``str.encode``/``bytes.decode`` implement
(UTF-8, ASCII, Latin-1, cp1252, UTF-16 and UTF-32 in both byte orders), plus utf-8-sig
and the bytes-to-bytes ``hex``/``base64`` and str-to-str ``rot13`` codecs.  Search
functions added with ``register`` serve ``lookup``, ``encode`` and ``decode``; ``str.encode``
itself only knows the built-in codecs."""

import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = BOM32_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = BOM32_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "big":
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
else:
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """What lookup() returns: a 4-tuple (encode, decode, reader, writer) with attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        four = (encode, decode, streamreader, streamwriter)
        self = super().__new__(cls, four)
        extra = {"name": name, "incrementalencoder": incrementalencoder,
                 "incrementaldecoder": incrementaldecoder}
        extra.update(zip(("encode", "decode", "streamreader", "streamwriter"), four))
        if _is_text_encoding is not None:
            extra["_is_text_encoding"] = _is_text_encoding
        for attr, value in extra.items():
            setattr(self, attr, value)
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


# ---------------------------------------------------------------------------------------
# Base classes

class Codec:
    """Stateless encoder/decoder interface."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input in several steps, keeping state between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping unencoded input between calls in ``buffer``."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        text = self.buffer + input
        out, used = self._buffer_encode(text, self.errors, final)
        self.buffer = text[used:]
        return out

    def reset(self):
        self.buffer = ""

    def getstate(self):
        # 0 stands for "nothing pending"
        return self.buffer if self.buffer else 0

    def setstate(self, state):
        self.buffer = "" if not state else state


class IncrementalDecoder:
    """Decodes input in several steps, keeping state between calls."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping undecoded bytes between calls in ``buffer``."""

    def __init__(self, errors="strict"):
        super().__init__(errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        """(text, bytes consumed) for `input`; subclasses implement it."""
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        out, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return out

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer, _ = state


class StreamWriter(Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes text from a binary stream."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors
        self._pending = b""
        self._text = ""

    def _take(self, data, final):
        data = self._pending + data
        text, used = self.decode(data, self.errors) if final else self._partial(data)
        self._pending = data[used:]
        self._text += text

    def _partial(self, data):
        try:
            return self.decode(data, self.errors)
        except UnicodeDecodeError as e:
            if e.end != len(data) or e.start == 0:
                raise
            return self.decode(data[:e.start], self.errors)

    def read(self, size=-1, chars=-1, firstline=False):
        if chars < 0 and size >= 0:
            chars = size
        while chars < 0 or len(self._text) < chars:
            if firstline and "\n" in self._text:
                break
            data = self.stream.read() if size < 0 else self.stream.read(max(size, 1))
            if not data:
                self._take(b"", True)
                break
            self._take(data, False)
        if chars < 0 or chars >= len(self._text):
            out, self._text = self._text, ""
        else:
            out, self._text = self._text[:chars], self._text[chars:]
        return out

    def readline(self, size=None, keepends=True):
        line = ""
        while True:
            pieces = self._text.splitlines(True)
            if pieces and (len(pieces) > 1 or pieces[0] != pieces[0].splitlines()[0]):
                first = pieces[0]
                if first.endswith("\r") and len(pieces) == 1:
                    more = self.stream.read(1)
                    if more:
                        self._take(more, False)
                        continue
                self._text = self._text[len(first):]
                line = first
                break
            data = self.stream.read(72 if size is None else size)
            if not data:
                self._take(b"", True)
                line, self._text = self._text, ""
                break
            self._take(data, False)
        if not keepends:
            line = line.splitlines()[0] if line else line
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._pending = b""
        self._text = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def _forward(part, method):
    """A method that hands its call to self.<part>.<method>."""
    def call(self, *args, **kwargs):
        return getattr(getattr(self, part), method)(*args, **kwargs)
    call.__name__ = call.__qualname__ = method
    return call


class _StreamWrapper:
    """What StreamReaderWriter and StreamRecoder share: attribute access falls through to
    the stream, and leaving a with block closes it."""

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()

    def reset(self):
        for part in (self.reader, self.writer):
            part.reset()


class StreamReaderWriter(_StreamWrapper):
    """Wraps a stream with a reader and a writer so it can be both read and written."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


for _name in ("read", "readline", "readlines"):
    setattr(StreamReaderWriter, _name, _forward("reader", _name))
for _name in ("write", "writelines"):
    setattr(StreamReaderWriter, _name, _forward("writer", _name))
del _name


class StreamRecoder(_StreamWrapper):
    """Reads and writes data in one encoding while the stream holds another."""

    data_encoding = "unknown"
    file_encoding = "unknown"

    def __init__(self, stream, encode, decode, Reader, Writer, errors="strict"):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def _out(self, text):
        return self.encode(text, self.errors)[0]

    def read(self, size=-1):
        return self._out(self.reader.read(size))

    def readline(self, size=None):
        return self._out(self.reader.readline(size))

    def readlines(self, sizehint=None):
        return self._out(self.reader.read()).splitlines(True)

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b"".join(list))


# ---------------------------------------------------------------------------------------
# Error handlers

def _require_unicode_error(exc, kinds):
    if not isinstance(exc, kinds):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _require_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    return ("", exc.end)


def replace_errors(exc):
    _require_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    return ("\ufffd" * (exc.end - exc.start if isinstance(exc, UnicodeTranslateError) else 1),
            exc.end)


def backslashreplace_errors(exc):
    _require_unicode_error(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError))
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in bad), exc.end)
    out = []
    for ch in bad:
        n = ord(ch)
        out.append("\\x%02x" % n if n < 0x100 else "\\u%04x" % n if n < 0x10000
                   else "\\U%08x" % n)
    return ("".join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    _require_unicode_error(exc, (UnicodeEncodeError,))
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    _require_unicode_error(exc, (UnicodeEncodeError,))
    try:
        import unicodedata
    except ImportError:
        unicodedata = None
    out = []
    for ch in exc.object[exc.start:exc.end]:
        name = unicodedata.name(ch, None) if unicodedata is not None else None
        if name is not None:
            out.append("\\N{%s}" % name)
        else:
            out.append(backslashreplace_errors(_unicode_error(
                UnicodeEncodeError, exc.encoding, ch, 0, 1, exc.reason))[0])
    return ("".join(out), exc.end)


_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "namereplace": namereplace_errors,
}

# Handler names tessera's str.encode / bytes.decode carry out themselves.
_NATIVE_ENCODE_ERRORS = frozenset(["strict", "ignore", "replace", "backslashreplace",
                                   "xmlcharrefreplace", "namereplace"])
_NATIVE_DECODE_ERRORS = frozenset(["strict", "ignore", "replace", "backslashreplace"])


def register_error(name, error_handler, /):
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s"
                        % type(name).__name__)
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _handlers[name] = error_handler


def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _handler_result(result, length):
    if (not isinstance(result, tuple) or len(result) != 2
            or not isinstance(result[1], int)):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    pos = result[1]
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return result[0], pos


def _unicode_error(cls, encoding, obj, start, end, reason):
    exc = cls(encoding, obj, start, end, reason)
    if not hasattr(exc, "end"):
        # tessera's exception constructor keeps only args; give the handler what it reads.
        exc.encoding, exc.object, exc.start, exc.end, exc.reason = (
            encoding, obj, start, end, reason)
    return exc


def _encode_with_handler(text, vm_name, report_name, errors):
    """str.encode with a handler tessera's str.encode does not know: encode strictly
    and call the handler for every failing stretch."""
    out = []
    pos = 0
    while pos <= len(text):
        try:
            out.append(text[pos:].encode(vm_name, "strict"))
            break
        except UnicodeEncodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(text[pos:start].encode(vm_name, "strict"))
            exc = _unicode_error(UnicodeEncodeError, report_name, text, start, end, e.reason)
            rep, pos = _handler_result(lookup_error(errors)(exc), len(text))
            if isinstance(rep, str):
                try:
                    rep = rep.encode(vm_name, "strict")
                except UnicodeEncodeError:
                    raise exc from None
            out.append(bytes(rep))
            if pos == len(text):
                break
    return b"".join(out)


def _decode_with_handler(data, vm_name, report_name, errors):
    out = []
    pos = 0
    while pos <= len(data):
        try:
            out.append(data[pos:].decode(vm_name, "strict"))
            break
        except UnicodeDecodeError as e:
            start, end = pos + e.start, pos + e.end
            out.append(data[pos:start].decode(vm_name, "strict"))
            exc = _unicode_error(UnicodeDecodeError, report_name, data, start, end, e.reason)
            rep, pos = _handler_result(lookup_error(errors)(exc), len(data))
            out.append(rep)
            if pos == len(data):
                break
    return "".join(out)


# ---------------------------------------------------------------------------------------
# The built-in codecs

def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, bytes):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _utf8_incomplete(data):
    """How many trailing bytes of `data` start a UTF-8 sequence that more input could
    complete (0 when the data ends on a boundary or with an invalid sequence)."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        lead = data[n - back]
        if lead < 0x80:
            return 0
        if lead < 0xC0:
            continue
        need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if lead < 0xC2 or lead > 0xF4 or back >= need:
            return 0
        if back >= 2:
            second = data[n - back + 1]
            low, high = 0x80, 0xBF
            if lead == 0xE0:
                low = 0xA0
            elif lead == 0xED:
                high = 0x9F
            elif lead == 0xF0:
                low = 0x90
            elif lead == 0xF4:
                high = 0x8F
            if not low <= second <= high:
                return 0
        return back
    return 0


def _utf16_incomplete(data, big):
    n = len(data)
    keep = n % 2
    if n - keep >= 2:
        a, b = data[n - keep - 2], data[n - keep - 1]
        unit = (a << 8 | b) if big else (b << 8 | a)
        if 0xD800 <= unit <= 0xDBFF:
            keep += 2
    return keep


class _TextCodec:
    """One codec the VM implements: `vm` is the name str.encode understands."""

    def __init__(self, name, vm, fname, unit=None, bom=None):
        self.name = name
        self.vm = vm
        self.fname = fname      # prefix of the C-level function names in messages
        self.unit = unit        # "utf-8", "utf-16", "utf-32" or None (one byte a char)
        self.bom = bom          # (little-endian BOM, big-endian BOM) for utf-16/utf-32

    # the stateless functions -----------------------------------------------------------
    def encode(self, input, errors="strict"):
        if not isinstance(input, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (self.fname, type(input).__name__))
        if errors is None:
            errors = "strict"
        if errors in _NATIVE_ENCODE_ERRORS:
            return input.encode(self.vm, errors), len(input)
        return _encode_with_handler(input, self.vm, self.report_name(), errors), len(input)

    def decode(self, input, errors="strict", final=True):
        data = _as_bytes(input)
        if errors is None:
            errors = "strict"
        used = len(data)
        if not final:
            used -= self.incomplete(data)
        return self.decode_bytes(data[:used], errors), used

    def report_name(self):
        return {"iso8859-1": "latin-1", "cp1252": "charmap", "utf-16": "utf-16-le",
                "utf-32": "utf-32-le"}.get(self.name, self.name)

    def decode_bytes(self, data, errors, vm=None):
        vm = vm or self.vm
        if errors in _NATIVE_DECODE_ERRORS:
            return data.decode(vm, errors)
        return _decode_with_handler(data, vm, self.report_name(), errors)

    def incomplete(self, data, big=False):
        if self.unit == "utf-8":
            return _utf8_incomplete(data)
        if self.unit == "utf-16":
            return _utf16_incomplete(data, big or self.vm.endswith("be"))
        if self.unit == "utf-32":
            return len(data) % 4
        return 0

    # classes for CodecInfo ---------------------------------------------------------------
    def info(self):
        spec = self

        class _Enc(IncrementalEncoder):
            def __init__(self, errors="strict"):
                IncrementalEncoder.__init__(self, errors)
                self._started = False

            def encode(self, input, final=False):
                out = spec.encode(input, self.errors)[0]
                if spec.bom is not None:
                    if self._started:
                        out = out[len(spec.bom[0]):]
                    self._started = True
                return out

            def reset(self):
                self._started = False

            def getstate(self):
                return 0 if spec.bom is None else int(self._started)

            def setstate(self, state):
                self._started = bool(state)

        class _Dec(BufferedIncrementalDecoder):
            def __init__(self, errors="strict"):
                BufferedIncrementalDecoder.__init__(self, errors)
                self._order = None

            def _buffer_decode(self, data, errors, final):
                skip = 0
                if spec.bom is not None and self._order is None:
                    little, big = spec.bom
                    if data[:len(little)] == little:
                        self._order, skip = "le", len(little)
                    elif data[:len(big)] == big:
                        self._order, skip = "be", len(big)
                    elif len(data) < len(little) and not final:
                        return "", 0
                    else:
                        self._order = "le"
                body = data[skip:]
                vm = spec.vm
                if self._order is not None:
                    vm = spec.vm + "-" + self._order
                used = len(body)
                if not final:
                    used -= spec.incomplete(body, self._order == "be")
                return spec.decode_bytes(body[:used], errors, vm), skip + used

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self._order = None

            def getstate(self):
                if spec.bom is None:
                    return (self.buffer, 0)
                return (self.buffer, {None: 0, "le": 1, "be": 2}[self._order])

            def setstate(self, state):
                self.buffer = state[0]
                if spec.bom is not None:
                    self._order = {0: None, 1: "le", 2: "be"}.get(state[1])

        return _make_info(self.name, self.encode, lambda input, errors="strict":
                          self.decode(input, errors), _Enc, _Dec)


def _make_info(name, encode, decode, enc_cls, dec_cls, text=True):
    module = "encodings." + name.replace("-", "_")
    for cls, label in ((enc_cls, "IncrementalEncoder"), (dec_cls, "IncrementalDecoder")):
        cls.__name__ = cls.__qualname__ = label
        cls.__module__ = module

    class _Writer(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._inc = enc_cls(errors)

        def write(self, object):
            self.stream.write(self._inc.encode(object))

        def reset(self):
            self._inc.reset()

    class _Reader(StreamReader):
        def __init__(self, stream, errors="strict"):
            StreamReader.__init__(self, stream, errors)
            self._inc = dec_cls(errors)

        def _take(self, data, final):
            self._text += self._inc.decode(data, final)

        def reset(self):
            StreamReader.reset(self)
            self._inc.reset()

    for cls, label in ((_Writer, "StreamWriter"), (_Reader, "StreamReader")):
        cls.encode = staticmethod(encode)
        cls.decode = staticmethod(decode)
        cls.__name__ = cls.__qualname__ = label
        cls.__module__ = module
    return CodecInfo(encode, decode, _Reader, _Writer, enc_cls, dec_cls, name,
                     _is_text_encoding=text)


class _Utf8Sig(_TextCodec):
    def __init__(self):
        _TextCodec.__init__(self, "utf-8-sig", "utf-8", "utf_8", "utf-8")

    def encode(self, input, errors="strict"):
        out, n = _TextCodec.encode(self, input, errors)
        return BOM_UTF8 + out, n

    def decode(self, input, errors="strict", final=True):
        data = _as_bytes(input)
        skip = 3 if data[:3] == BOM_UTF8 else 0
        text, used = _TextCodec.decode(self, data[skip:], errors, final)
        return text, used + skip

    def info(self):
        spec = self

        class _Enc(IncrementalEncoder):
            def __init__(self, errors="strict"):
                IncrementalEncoder.__init__(self, errors)
                self._started = False

            def encode(self, input, final=False):
                out = _TextCodec.encode(spec, input, self.errors)[0]
                if not self._started:
                    self._started = True
                    out = BOM_UTF8 + out
                return out

            def reset(self):
                self._started = False

            def getstate(self):
                return int(not self._started)

            def setstate(self, state):
                self._started = not state

        class _Dec(BufferedIncrementalDecoder):
            def __init__(self, errors="strict"):
                BufferedIncrementalDecoder.__init__(self, errors)
                self._checked = False

            def _buffer_decode(self, data, errors, final):
                skip = 0
                if not self._checked:
                    if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
                        return "", 0
                    self._checked = True
                    if data[:3] == BOM_UTF8:
                        skip = 3
                text, used = _TextCodec.decode(spec, data[skip:], errors, final)
                return text, used + skip

            def reset(self):
                BufferedIncrementalDecoder.reset(self)
                self._checked = False

        return _make_info(self.name, self.encode,
                          lambda input, errors="strict": self.decode(input, errors), _Enc, _Dec)


def _simple_info(name, encode, decode, text):
    """CodecInfo for a codec that works on whole inputs (hex, base64, rot13)."""

    class _Enc(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Dec(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return _make_info(name, encode, decode, _Enc, _Dec, text)


def _hex_encode(input, errors="strict"):
    import binascii
    data = _as_bytes(input)
    return binascii.b2a_hex(data), len(data)


def _hex_decode(input, errors="strict"):
    import binascii
    data = _as_bytes(input)
    return binascii.a2b_hex(data), len(data)


def _base64_encode(input, errors="strict"):
    import base64
    data = _as_bytes(input)
    return base64.encodebytes(data), len(data)


def _base64_decode(input, errors="strict"):
    import base64
    data = _as_bytes(input)
    return base64.decodebytes(data), len(data)


_ROT13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")


def _rot13(input, errors="strict"):
    return str.translate(input, _ROT13), len(input)


def _copy_info(ci):
    """A new CodecInfo sharing `ci`'s functions and classes (one per lookup, as CPython)."""
    return CodecInfo(ci.encode, ci.decode, ci.streamreader, ci.streamwriter,
                     ci.incrementalencoder, ci.incrementaldecoder, ci.name,
                     _is_text_encoding=ci._is_text_encoding)


def _builtin_factories():
    def once(make):
        made = []

        def parts():
            if not made:
                made.append(make())
            return _copy_info(made[0])
        return parts

    def text(*args, **kw):
        return once(lambda: _TextCodec(*args, **kw).info())

    table = [
        (("utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001"),
         text("utf-8", "utf-8", "utf_8", "utf-8")),
        (("ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
          "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
          "us_ascii"), text("ascii", "ascii", "ascii")),
        (("latin_1", "iso8859_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
          "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"),
         text("iso8859-1", "latin-1", "latin_1")),
        (("cp1252", "windows_1252", "1252"), text("cp1252", "cp1252", "charmap")),
        (("utf_16", "u16", "utf16"),
         text("utf-16", "utf-16", "utf_16", "utf-16", (BOM_UTF16_LE, BOM_UTF16_BE))),
        (("utf_16_le", "utf_16le", "unicodelittleunmarked"),
         text("utf-16-le", "utf-16-le", "utf_16_le", "utf-16")),
        (("utf_16_be", "utf_16be", "unicodebigunmarked"),
         text("utf-16-be", "utf-16-be", "utf_16_be", "utf-16")),
        (("utf_32", "u32", "utf32"),
         text("utf-32", "utf-32", "utf_32", "utf-32", (BOM_UTF32_LE, BOM_UTF32_BE))),
        (("utf_32_le", "utf_32le"), text("utf-32-le", "utf-32-le", "utf_32_le", "utf-32")),
        (("utf_32_be", "utf_32be"), text("utf-32-be", "utf-32-be", "utf_32_be", "utf-32")),
        (("utf_8_sig",), once(lambda: _Utf8Sig().info())),
        (("hex", "hex_codec"),
         once(lambda: _simple_info("hex", _hex_encode, _hex_decode, False))),
        (("base64", "base64_codec", "base_64"),
         once(lambda: _simple_info("base64", _base64_encode, _base64_decode, False))),
        (("rot13", "rot_13"), once(lambda: _simple_info("rot-13", _rot13, _rot13, False))),
    ]
    out = {}
    for aliases, make in table:
        for a in aliases:
            out[a] = make
    return out


_BUILTIN = _builtin_factories()


# ---------------------------------------------------------------------------------------
# Registry

_searchers = []
_found = {}


def _normalize(name):
    """Lower-case ASCII; each run of other characters (but '.') becomes one '_'."""
    words = []
    word = []
    for ch in name:
        if ch.isalnum() or ch == ".":
            if ch.isascii():
                word.append(ch.lower())
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "_".join(words)


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _searchers.append(search_function)


def unregister(search_function, /):
    if search_function in _searchers:
        _searchers.remove(search_function)
        _found.clear()


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _found.get(key)
    if info is not None:
        return info
    make = _BUILTIN.get(key)
    if make is not None:
        info = make()
    else:
        for search in _searchers:
            info = search(key)
            if info is None:
                continue
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
        else:
            raise LookupError("unknown encoding: %s" % encoding)
    _found[key] = info
    return info


_WRAPPED = (TypeError, ValueError, LookupError)


def _run(kind, fn, obj, encoding, errors):
    try:
        return fn(obj, errors)[0]
    except _WRAPPED as e:
        if type(e) not in _WRAPPED and type(e).__name__ != "Error":
            raise
        if isinstance(e, UnicodeError):
            raise
        try:
            wrapped = type(e)("%s with '%s' codec failed (%s: %s)"
                              % (kind, encoding, type(e).__name__, e))
        except Exception:
            raise e from None
        raise wrapped from e


def encode(obj, encoding="utf-8", errors="strict"):
    return _run("encoding", lookup(encoding).encode, obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    return _run("decoding", lookup(encoding).decode, obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    enc = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = enc.encode(piece)
        if out:
            yield out
    out = enc.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    dec = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = dec.decode(piece)
        if out:
            yield out
    out = dec.decode(b"", True)
    if out:
        yield out


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Open a file and wrap it so reads and writes go through `encoding`."""
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    stream = builtins.open(filename, mode, buffering)
    if encoding is None:
        return stream
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(stream, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except BaseException:
        stream.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    outer = lookup(data_encoding)
    inner = lookup(file_encoding or data_encoding)
    rec = StreamRecoder(file, outer.encode, outer.decode, inner.streamreader,
                        inner.streamwriter, errors)
    file_encoding = file_encoding or data_encoding
    rec.data_encoding = data_encoding
    rec.file_encoding = file_encoding
    return rec


# ---------------------------------------------------------------------------------------
# Module-level codec functions (the `_codecs` ones)

def _codec_funcs(spec_args):
    spec = _TextCodec(*spec_args)

    def enc(str, errors=None):
        return spec.encode(str, errors)

    def dec(data, errors=None, final=False):
        return spec.decode(data, errors, final)

    return enc, dec


utf_8_encode, utf_8_decode = _codec_funcs(("utf-8", "utf-8", "utf_8", "utf-8"))
ascii_encode, _ascii_decode = _codec_funcs(("ascii", "ascii", "ascii"))
latin_1_encode, _latin_1_decode = _codec_funcs(("iso8859-1", "latin-1", "latin_1"))


def ascii_decode(data, errors=None):
    return _ascii_decode(data, errors, True)


def latin_1_decode(data, errors=None):
    return _latin_1_decode(data, errors, True)


_SIMPLE_ESCAPES = {ord("\n"): b"", ord("\\"): b"\\", ord("'"): b"'", ord('"'): b'"',
                   ord("a"): b"\x07", ord("b"): b"\x08", ord("f"): b"\x0c", ord("n"): b"\n",
                   ord("r"): b"\r", ord("t"): b"\t", ord("v"): b"\x0b"}


def escape_decode(data, errors=None):
    """Decode the backslash escapes of a bytes literal; returns (bytes, length)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = _as_bytes(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5C:
            j = data.find(b"\\", i)
            if j < 0:
                j = n
            out.append(data[i:j])
            i = j
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i + 1]
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
        elif 0x30 <= c <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(bytes([int(data[i + 1:j], 8) & 0xFF]))
            i = j
        elif c == 0x78:
            digits = data[i + 2:i + 4]
            if len(digits) == 2 and all(d in b"0123456789abcdefABCDEF" for d in digits):
                out.append(bytes([int(digits, 16)]))
                i += 4
            elif errors in ("ignore", "replace"):
                if errors == "replace":
                    out.append(b"?")
                i += 3 if digits[:1] and digits[:1] in b"0123456789abcdefABCDEF" else 2
            else:
                raise ValueError("invalid \\x escape at position %d" % i)
        else:
            out.append(data[i:i + 2])
            i += 2
    return b"".join(out), n
