"""Object serialization, written for tessera from the documentation of CPython 3.11's pickle
module (the pickle protocol, PEP 307, PEP 3154, PEP 574, the pickletools opcode reference) and
its observed output: dumps() emits the same bytes as CPython for the common types, and loads()
reads what CPython writes, protocols 0 to 5."""

import sys
import io
import struct
import copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class PickleBuffer:
    """Stand-in for the protocol 5 buffer wrapper; tessera has no memoryview, so it only
    wraps bytes objects."""

    def __init__(self, buffer):
        if not isinstance(buffer, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        self._data = buffer

    def raw(self):
        return self._data

    def release(self):
        pass


# ---------------------------------------------------------------------------------------
# Opcodes.  Each is exported as a one-byte bytes object under its pickletools name.

_OPCODE_BYTES = (
    ("MARK", 0x28), ("STOP", 0x2e), ("POP", 0x30), ("POP_MARK", 0x31), ("DUP", 0x32),
    ("FLOAT", 0x46), ("INT", 0x49), ("BININT", 0x4a), ("BININT1", 0x4b), ("LONG", 0x4c),
    ("BININT2", 0x4d), ("NONE", 0x4e), ("PERSID", 0x50), ("BINPERSID", 0x51),
    ("REDUCE", 0x52), ("STRING", 0x53), ("BINSTRING", 0x54), ("SHORT_BINSTRING", 0x55),
    ("UNICODE", 0x56), ("BINUNICODE", 0x58), ("APPEND", 0x61), ("BUILD", 0x62),
    ("GLOBAL", 0x63), ("DICT", 0x64), ("EMPTY_DICT", 0x7d), ("APPENDS", 0x65),
    ("GET", 0x67), ("BINGET", 0x68), ("INST", 0x69), ("LONG_BINGET", 0x6a), ("LIST", 0x6c),
    ("EMPTY_LIST", 0x5d), ("OBJ", 0x6f), ("PUT", 0x70), ("BINPUT", 0x71),
    ("LONG_BINPUT", 0x72), ("SETITEM", 0x73), ("TUPLE", 0x74), ("EMPTY_TUPLE", 0x29),
    ("SETITEMS", 0x75), ("BINFLOAT", 0x47),
    # protocol 2
    ("PROTO", 0x80), ("NEWOBJ", 0x81), ("EXT1", 0x82), ("EXT2", 0x83), ("EXT4", 0x84),
    ("TUPLE1", 0x85), ("TUPLE2", 0x86), ("TUPLE3", 0x87), ("NEWTRUE", 0x88),
    ("NEWFALSE", 0x89), ("LONG1", 0x8a), ("LONG4", 0x8b),
    # protocol 3
    ("BINBYTES", 0x42), ("SHORT_BINBYTES", 0x43),
    # protocol 4
    ("SHORT_BINUNICODE", 0x8c), ("BINUNICODE8", 0x8d), ("BINBYTES8", 0x8e),
    ("EMPTY_SET", 0x8f), ("ADDITEMS", 0x90), ("FROZENSET", 0x91), ("NEWOBJ_EX", 0x92),
    ("STACK_GLOBAL", 0x93), ("MEMOIZE", 0x94), ("FRAME", 0x95),
    # protocol 5
    ("BYTEARRAY8", 0x96), ("NEXT_BUFFER", 0x97), ("READONLY_BUFFER", 0x98),
)

for _opname, _opvalue in _OPCODE_BYTES:
    globals()[_opname] = bytes([_opvalue])
    __all__.append(_opname)
TRUE = b"I01\n"
FALSE = b"I00\n"
__all__.extend(["TRUE", "FALSE"])
del _opname, _opvalue

# Names used in the code below (the same bytes as the exported constants).
_OP = {name: bytes([code]) for name, code in _OPCODE_BYTES}

_FRAME_TARGET = 64 * 1024       # a frame is closed once it holds this many bytes
_BATCH = 1000                   # items per APPENDS / SETITEMS / ADDITEMS group

_u32 = struct.Struct("<I").pack
_i32 = struct.Struct("<i").pack
_u64 = struct.Struct("<Q").pack
_u16 = struct.Struct("<H").pack
_dbl = struct.Struct(">d").pack


# ---------------------------------------------------------------------------------------
# Python 2 <-> Python 3 name mapping used by fix_imports (protocols 0-2).  A small table
# of the renamings that matter for the objects tessera can pickle.

_PY2_MODULE_OF = {"builtins": "__builtin__", "copyreg": "copy_reg", "_pickle": "pickle",
                  "queue": "Queue", "reprlib": "repr", "configparser": "ConfigParser",
                  "socketserver": "SocketServer", "_functools": "functools"}
_PY2_GLOBAL_OF = {
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
# Exceptions that lived in Python 2's `exceptions` module under the same name; the OSError
# family was spread over several names there and maps back to OSError.
_PY2_EXCEPTIONS = set("""ArithmeticError AssertionError AttributeError BaseException
    BufferError BytesWarning DeprecationWarning EOFError EnvironmentError Exception
    FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning
    IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError
    NameError NotImplementedError OSError OverflowError PendingDeprecationWarning
    ReferenceError RuntimeError RuntimeWarning StandardError StopIteration SyntaxError
    SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError
    UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
    UnicodeWarning UserWarning ValueError Warning ZeroDivisionError""".split())
_PY2_OSERROR_ALIASES = set("""ConnectionError ConnectionAbortedError ConnectionRefusedError
    ConnectionResetError BrokenPipeError ChildProcessError FileExistsError
    FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError
    PermissionError ProcessLookupError TimeoutError""".split())


def _to_python2(module, name):
    pair = _PY2_GLOBAL_OF.get((module, name))
    if pair is not None:
        return pair
    if module == "builtins":
        if name in _PY2_EXCEPTIONS:
            return "exceptions", name
        if name in _PY2_OSERROR_ALIASES:
            return "exceptions", "OSError"
        if name == "ModuleNotFoundError":
            return "exceptions", "ImportError"
    return _PY2_MODULE_OF.get(module, module), name


_PY3_MODULE_OF = {v: k for k, v in _PY2_MODULE_OF.items()}
_PY3_MODULE_OF.update({"exceptions": "builtins", "cPickle": "pickle",
                       "UserDict": "collections", "UserList": "collections",
                       "UserString": "collections", "cStringIO": "io", "StringIO": "io"})
_PY3_GLOBAL_OF = {v: k for k, v in _PY2_GLOBAL_OF.items()}
_PY3_GLOBAL_OF.update({("__builtin__", "basestring"): ("builtins", "str"),
                       ("exceptions", "StandardError"): ("builtins", "Exception"),
                       ("UserDict", "UserDict"): ("collections", "UserDict"),
                       ("__builtin__", "unicode"): ("builtins", "str"),
                       ("__builtin__", "long"): ("builtins", "int")})


def _to_python3(module, name):
    pair = _PY3_GLOBAL_OF.get((module, name))
    if pair is not None:
        return pair
    return _PY3_MODULE_OF.get(module, module), name


# ---------------------------------------------------------------------------------------
# Helpers shared by both directions.

def _long_to_bytes(n):
    """Little-endian two's complement, as short as possible (0 gives b'')."""
    if n == 0:
        return b""
    raw = n.to_bytes((n.bit_length() >> 3) + 1, "little", signed=True)
    if n < 0 and len(raw) > 1 and raw[-1] == 0xFF and raw[-2] & 0x80:
        raw = raw[:-1]
    return raw


def _bytes_to_long(data):
    return int.from_bytes(data, "little", signed=True)


_ESCAPED_FOR_V = {"\\": "\\u005c", "\0": "\\u0000", "\n": "\\u000a", "\r": "\\u000d",
                  "\x1a": "\\u001a"}


def _unicode_op_payload(text):
    """The argument of the protocol 0 UNICODE opcode: raw-unicode-escape, with the
    characters that would break the line-based format escaped as well."""
    pieces = []
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPED_FOR_V:
            pieces.append(_ESCAPED_FOR_V[ch])
        elif code < 256:
            pieces.append(ch)
        elif code < 0x10000:
            pieces.append("\\u%04x" % code)
        else:
            pieces.append("\\U%08x" % code)
    return "".join(pieces).encode("latin-1")


def _decode_raw_unicode_escape(data):
    text = data.decode("latin-1")
    if "\\" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) != width:
                raise UnicodeDecodeError("rawunicodeescape", data, i, n, "truncated \\uXXXX escape")
            out.append(chr(int(digits, 16)))
            i += 2 + width
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_SIMPLE_ESCAPES = {"\\": 92, "'": 39, '"': 34, "a": 7, "b": 8, "f": 12, "n": 10, "r": 13,
                   "t": 9, "v": 11, "\n": None}


def _decode_py2_string_literal(body):
    """Undo the escapes of a Python 2 str repr (the STRING opcode's argument)."""
    text = body.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "\\" or i + 1 == n:
            out.append(ord(ch))
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            if _SIMPLE_ESCAPES[nxt] is not None:
                out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt == "x":
            digits = text[i + 2:i + 4]
            try:
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d" % i) from None
            i += 4
        elif nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xFF)
            i = j
        else:
            out.append(92)
            i += 1
    return bytes(out)


def _getattr_dotted(owner, dotted):
    """Follow a qualified name; returns (object, its parent).  '<locals>' parts raise
    AttributeError as CPython does."""
    parent = None
    for part in dotted.split("."):
        if part == "<locals>":
            raise AttributeError("Can't get local attribute %r on %r" % (dotted, owner))
        parent = owner
        owner = getattr(owner, part)
    return owner, parent


def _module_named(name):
    __import__(name)
    return sys.modules[name]


def whichmodule(obj, name):
    """The name of the module that holds obj under the qualified name `name`."""
    found = getattr(obj, "__module__", None)
    if found is not None:
        return found
    import builtins
    candidates = [("builtins", builtins)] + list(sys.modules.copy().items())
    for modname, module in candidates:
        if modname in ("__main__", "__mp_main__") or module is None:
            continue
        try:
            if _getattr_dotted(module, name)[0] is obj:
                return modname
        except AttributeError:
            pass
    return "__main__"


_FunctionType = type(whichmodule)
_BuiltinFunctionType = type(len)
class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)
del _Probe
_NoneType = type(None)
_EllipsisType = type(...)
_NotImplementedType = type(NotImplemented)
_SINGLETON_TYPES = {_NoneType: None, _EllipsisType: ..., _NotImplementedType: NotImplemented}


def _has_own(cls, attr):
    """Whether some class in cls's MRO other than object defines attr."""
    for klass in cls.__mro__:
        if klass is object:
            return False
        if attr in klass.__dict__:
            return True
    return False


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__")
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        for slot in declared:
            if slot in ("__dict__", "__weakref__"):
                continue
            if slot.startswith("__") and not slot.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    slot = "_%s%s" % (stripped, slot)
            names.append(slot)
    return names


def _default_state(obj):
    """What object.__getstate__ returns in CPython 3.11: the instance dict (None when
    empty), paired with the set slots when the class has any."""
    if _has_own(type(obj), "__getstate__"):
        return obj.__getstate__()
    attrs = getattr(obj, "__dict__", None)
    if not attrs:
        attrs = None
    slots = _slot_names(type(obj))
    if slots:
        values = {}
        for slot in slots:
            try:
                values[slot] = getattr(obj, slot)
            except AttributeError:
                pass
        if values:
            return attrs, values
    return attrs


def _first_builtin_base(cls):
    for klass in cls.__mro__:
        if getattr(klass, "__module__", None) == "builtins":
            return klass
    return object


def _reduce_before_protocol_2(obj):
    cls = type(obj)
    base = _first_builtin_base(cls)
    if base is cls:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    base_state = None if base is object else base(obj)
    ctor_args = (cls, base, base_state)
    if _has_own(cls, "__getstate__"):
        state = obj.__getstate__()
    else:
        if getattr(obj, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        state = getattr(obj, "__dict__", None)
    if state:
        return copyreg._reconstructor, ctor_args, state
    return copyreg._reconstructor, ctor_args


def _new_arguments(obj):
    """The (args, kwargs) that __getnewargs_ex__ / __getnewargs__ give (kwargs None)."""
    cls = type(obj)
    if _has_own(cls, "__getnewargs_ex__"):
        pair = obj.__getnewargs_ex__()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not %r"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not %r" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not %r" % type(kwargs).__name__)
        return args, kwargs
    if _has_own(cls, "__getnewargs__"):
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not %r"
                            % type(args).__name__)
        return args, None
    # The built-in immutable types pass their value to __new__.
    if isinstance(obj, complex):
        return (obj.real, obj.imag), None
    for base in (int, float, str, bytes, tuple):
        if isinstance(obj, base):
            return (base(obj),), None
    return (), None


def _generic_reduce(obj, proto):
    """object.__reduce_ex__ as CPython 3.11 behaves, for objects whose class defines no
    reduction of its own (tessera's object has none)."""
    cls = type(obj)
    if isinstance(obj, BaseException):
        attrs = getattr(obj, "__dict__", None)
        if attrs:
            return cls, obj.args, attrs
        return cls, obj.args
    if cls is _MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), getattr(obj, "__dict__", None) or None
    if getattr(cls, "__module__", None) == "builtins" and cls is not object:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if proto < 2:
        return _reduce_before_protocol_2(obj)
    args, kwargs = _new_arguments(obj)
    state = _default_state(obj)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, items, pairs
    return copyreg.__newobj__, (cls,) + args, state, items, pairs


# ---------------------------------------------------------------------------------------
# Output side.

class _Output:
    """Collects opcodes; with framing on (protocol 4+), groups them into FRAMEs of about
    _FRAME_TARGET bytes that are handed to the file as they close."""

    def __init__(self, write):
        self._write = write
        self._chunks = None
        self._size = 0

    def start_frames(self):
        self._chunks = []
        self._size = 0

    def put(self, data):
        if self._chunks is None:
            self._write(data)
        else:
            self._chunks.append(data)
            self._size += len(data)

    def boundary(self, force=False):
        """Close the current frame if it is large enough (or always, if forced)."""
        chunks = self._chunks
        if chunks is None or (self._size < _FRAME_TARGET and not force):
            return
        if chunks:
            body = b"".join(chunks)
            if len(body) >= 4:
                self._write(_OP["FRAME"] + _u64(len(body)))
            self._write(body)
        self._chunks = []
        self._size = 0

    def put_unframed(self, header, payload):
        """A large bytes/str argument goes between frames, not inside one."""
        if self._chunks is None:
            self._write(header + payload)
            return
        self.boundary(force=True)
        self._write(header)
        self._write(payload)

    def finish(self):
        self.boundary(force=True)
        self._chunks = None


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if not isinstance(protocol, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(protocol).__name__)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        write = getattr(file, "write", None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self._file_write = write
        self.memo = {}
        self._names = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Write the pickled representation of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        pending = []
        out = _Output(pending.append)
        self._out = out
        try:
            if self.proto >= 2:
                out.put(_OP["PROTO"] + bytes([self.proto]))
            if self.proto >= 4:
                out.start_frames()
            self.save(obj)
            out.put(_OP["STOP"])
            out.finish()
        except RecursionError:
            raise RecursionError("maximum recursion depth exceeded while pickling an "
                                 "object") from None
        finally:
            self._out = None
        self._file_write(b"".join(pending))

    # -- memo --------------------------------------------------------------------------

    def _memo_key(self, obj):
        # CPython's memo is keyed by identity.  Strings that CPython interns (identifiers,
        # one-character and empty strings) are shared by value there; tessera does not
        # intern them, so key those by value to produce the same bytes.
        if type(obj) is str and (len(obj) <= 1 or obj.isidentifier()):
            return ("str", obj)
        if obj is ... or obj is NotImplemented:
            # tessera gives these two singletons the same id()
            return ("const", obj is ...)
        return id(obj)

    def memoize(self, obj):
        if self.fast:
            return
        key = self._memo_key(obj)
        index = len(self.memo)
        self._out.put(self._put_op(index))
        self.memo[key] = index, obj

    def _put_op(self, index):
        if self.proto >= 4:
            return _OP["MEMOIZE"]
        if not self.bin:
            return b"p" + repr(index).encode("ascii") + b"\n"
        if index < 256:
            return _OP["BINPUT"] + bytes([index])
        return _OP["LONG_BINPUT"] + _u32(index)

    def _get_op(self, index):
        if not self.bin:
            return b"g" + repr(index).encode("ascii") + b"\n"
        if index < 256:
            return _OP["BINGET"] + bytes([index])
        return _OP["LONG_BINGET"] + _u32(index)

    def _memo_lookup(self, obj):
        entry = self.memo.get(self._memo_key(obj))
        return None if entry is None else entry[0]

    # -- the main switch ---------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        out = self._out
        out.boundary()

        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_persistent(pid)
                return

        cls = type(obj)
        scalar = _SCALAR_WRITERS.get(cls)
        if scalar is not None:
            scalar(self, obj)
            return

        index = self._memo_lookup(obj)
        if index is not None:
            out.put(self._get_op(index))
            return

        writer = _CONTAINER_WRITERS.get(cls)
        if writer is not None:
            writer(self, obj)
            return

        rv = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if cls is type and obj in _SINGLETON_TYPES:
                self.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
                return
            if cls is _EllipsisType or cls is _NotImplementedType:
                self.save_global(obj, "Ellipsis" if obj is ... else "NotImplemented")
                return
            table = getattr(self, "dispatch_table", None)
            if table is None:
                table = copyreg.dispatch_table
            reducer = table.get(cls)
            if reducer is not None:
                rv = reducer(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                return
            elif cls is _FunctionType:
                self.save_global(obj)
                return
            elif cls is _BuiltinFunctionType and self._builtin_is_global(obj):
                self.save_global(obj)
                return
            else:
                rv = self._ask_object(obj, cls)

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        where = "__reduce__"
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return a string or tuple" % where)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by %s must contain 2 through 6 elements"
                                % where)
        self.save_reduce(*rv, obj=obj)

    def _builtin_is_global(self, func):
        owner = getattr(func, "__self__", None)
        return owner is None or type(owner).__name__ == "module"

    def _ask_object(self, obj, cls):
        if cls is _BuiltinFunctionType:
            return getattr, (obj.__self__, obj.__name__)
        if _has_own(cls, "__reduce_ex__"):
            return obj.__reduce_ex__(self.proto)
        if _has_own(cls, "__reduce__"):
            return obj.__reduce__()
        return _generic_reduce(obj, self.proto)

    def persistent_id(self, obj):
        return None

    def _save_persistent(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.put(_OP["BINPERSID"])
            return
        text = str(pid)
        if not text.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._out.put(_OP["PERSID"] + text.encode("ascii") + b"\n")

    # -- reductions --------------------------------------------------------------------

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        where = "__reduce__"
        if not callable(func):
            raise PicklingError("first item of the tuple returned by %s must be callable"
                                % where)
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by %s must be a tuple"
                                % where)
        for value, ordinal in ((listitems, "fourth"), (dictitems, "fifth")):
            if value is not None and not hasattr(value, "__next__"):
                raise PicklingError("%s element of the tuple returned by %s must be an "
                                    "iterator, not %s" % (ordinal, where, type(value).__name__))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by %s must be a "
                                "function, not %s" % (where, type(state_setter).__name__))

        out = self._out
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, new_args, new_kwargs = args
            self._check_newobj_class(cls, obj, "NEWOBJ_EX")
            if self.proto >= 4:
                self.save(cls)
                self.save(new_args)
                self.save(new_kwargs)
                out.put(_OP["NEWOBJ_EX"])
            else:
                from functools import partial
                self.save_reduce(partial(cls.__new__, cls, *new_args, **new_kwargs), ())
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            out.put(_OP["NEWOBJ"])
        else:
            self.save(func)
            self.save(args)
            out.put(_OP["REDUCE"])

        if obj is not None:
            # A reference cycle may have pickled obj while its arguments were saved.
            index = self._memo_lookup(obj)
            if index is not None:
                out.put(_OP["POP"] + self._get_op(index))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._emit_appends(listitems)
        if dictitems is not None:
            self._emit_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                out.put(_OP["BUILD"])
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                out.put(_OP["TUPLE2"] + _OP["REDUCE"] + _OP["POP"])

    def _check_newobj_class(self, cls, obj, what):
        if not isinstance(cls, type):
            raise PicklingError("first item from %s argument tuple must be a class, not %s"
                                % (what, type(cls).__name__))
        if obj is not None and cls is not type(obj):
            raise PicklingError("first item from %s argument tuple must be %s, not %s"
                                % (what, type(obj).__name__, cls.__name__))

    # -- globals -----------------------------------------------------------------------

    def _canonical(self, text):
        return self._names.setdefault(text, text)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            module = _module_named(module_name)
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        if "<locals>" in name.split("."):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            found, parent = _getattr_dotted(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        out = self._out
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xFF:
                    out.put(_OP["EXT1"] + bytes([code]))
                elif code <= 0xFFFF:
                    out.put(_OP["EXT2"] + _u16(code))
                else:
                    out.put(_OP["EXT4"] + _i32(code))
                return

        if self.proto >= 4:
            self.save(self._canonical(module_name))
            self.save(self._canonical(name))
            out.put(_OP["STACK_GLOBAL"])
        elif parent is not module:
            last = name.rpartition(".")[2]
            self.save_reduce(getattr, (parent, last))
        else:
            self._emit_global_line(module_name, name)
        self.memoize(obj)

    def _emit_global_line(self, module_name, name):
        if self.fix_imports:
            module_name, name = _to_python2(module_name, name)
        try:
            line = (_OP["GLOBAL"] + module_name.encode("ascii") + b"\n"
                    + name.encode("ascii") + b"\n")
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                "protocol %d" % (module_name, name, self.proto)) from None
        self._out.put(line)

    # -- scalars -----------------------------------------------------------------------

    def _emit_none(self, obj):
        self._out.put(_OP["NONE"])

    def _emit_bool(self, obj):
        if self.proto >= 2:
            self._out.put(_OP["NEWTRUE"] if obj else _OP["NEWFALSE"])
        else:
            self._out.put(TRUE if obj else FALSE)

    def _emit_int(self, obj):
        out = self._out
        if self.bin:
            if 0 <= obj < 0x100:
                out.put(_OP["BININT1"] + bytes([obj]))
                return
            if 0 <= obj < 0x10000:
                out.put(_OP["BININT2"] + _u16(obj))
                return
            if -0x80000000 <= obj < 0x80000000:
                out.put(_OP["BININT"] + _i32(obj))
                return
            if self.proto >= 2:
                raw = _long_to_bytes(obj)
                if len(raw) < 256:
                    out.put(_OP["LONG1"] + bytes([len(raw)]) + raw)
                else:
                    out.put(_OP["LONG4"] + _i32(len(raw)) + raw)
                return
        if -0x80000000 <= obj < 0x80000000:
            out.put(_OP["INT"] + repr(obj).encode("ascii") + b"\n")
        else:
            out.put(_OP["LONG"] + repr(obj).encode("ascii") + b"L\n")

    def _emit_float(self, obj):
        if self.bin:
            self._out.put(_OP["BINFLOAT"] + _dbl(obj))
        else:
            self._out.put(_OP["FLOAT"] + repr(obj).encode("ascii") + b"\n")

    def _emit_bytes(self, obj):
        index = self._memo_lookup(obj)
        if index is not None:
            self._out.put(self._get_op(index))
            return
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self._save_codecs_encode(obj)
            return
        self._bytes_payload(obj)
        self.memoize(obj)

    def _bytes_payload(self, obj):
        size = len(obj)
        if size < 256:
            self._out.put(_OP["SHORT_BINBYTES"] + bytes([size]) + obj)
        else:
            if size > 0xFFFFFFFF and self.proto >= 4:
                header = _OP["BINBYTES8"] + _u64(size)
            else:
                header = _OP["BINBYTES"] + _u32(size)
            if size >= _FRAME_TARGET:
                self._out.put_unframed(header, obj)
            else:
                self._out.put(header + obj)

    def _emit_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            self._bytes_payload(obj.raw())
            self.memoize(obj)
        else:
            self._out.put(_OP["NEXT_BUFFER"] + _OP["READONLY_BUFFER"])

    def _save_codecs_encode(self, obj):
        # bytes under protocols 0-2 are rebuilt by _codecs.encode(latin1 text, 'latin1');
        # tessera has no _codecs module, so the global is written directly.
        out = self._out
        index = self._memo_lookup(_encode_latin1)
        if index is not None:
            out.put(self._get_op(index))
        else:
            out.put(_OP["GLOBAL"] + b"_codecs\nencode\n")
            self.memoize(_encode_latin1)
        self.save((obj.decode("latin-1"), "latin1"))
        out.put(_OP["REDUCE"])
        self.memoize(obj)

    def _emit_str(self, obj):
        index = self._memo_lookup(obj)
        if index is not None:
            self._out.put(self._get_op(index))
            return
        out = self._out
        if not self.bin:
            out.put(_OP["UNICODE"] + _unicode_op_payload(obj) + b"\n")
        else:
            data = obj.encode("utf-8", "surrogatepass")
            size = len(data)
            if size < 256 and self.proto >= 4:
                out.put(_OP["SHORT_BINUNICODE"] + bytes([size]) + data)
            else:
                if size > 0xFFFFFFFF and self.proto >= 4:
                    header = _OP["BINUNICODE8"] + _u64(size)
                else:
                    header = _OP["BINUNICODE"] + _u32(size)
                if size >= _FRAME_TARGET and self.proto >= 4:
                    out.put_unframed(header, data)
                else:
                    out.put(header + data)
        self.memoize(obj)

    # -- containers --------------------------------------------------------------------

    def _emit_tuple(self, obj):
        out = self._out
        size = len(obj)
        if size == 0:
            out.put(_OP["EMPTY_TUPLE"] if self.bin else _OP["MARK"] + _OP["TUPLE"])
            return
        short = self.proto >= 2 and size <= 3
        if not short:
            out.put(_OP["MARK"])
        for item in obj:
            self.save(item)
        index = self._memo_lookup(obj)
        if index is not None:
            # The tuple was reached through itself (via a mutable element) and is already
            # in the memo: drop what was pushed and fetch the memoized copy.
            if short:
                out.put(_OP["POP"] * size + self._get_op(index))
            elif self.bin:
                out.put(_OP["POP_MARK"] + self._get_op(index))
            else:
                out.put(_OP["POP"] * (size + 1) + self._get_op(index))
            return
        if short:
            out.put((_OP["TUPLE1"], _OP["TUPLE2"], _OP["TUPLE3"])[size - 1])
        else:
            out.put(_OP["TUPLE"])
        self.memoize(obj)

    # Lists and dicts write their items here rather than through _emit_appends /
    # _emit_setitems, so that nesting costs one Python frame less per level.

    def _emit_list(self, obj):
        out = self._out
        out.put(_OP["EMPTY_LIST"] if self.bin else _OP["MARK"] + _OP["LIST"])
        self.memoize(obj)
        save = self.save
        if not self.bin:
            for item in obj:
                save(item)
                out.put(_OP["APPEND"])
            return
        for group in _groups(iter(obj)):
            if len(group) == 1:
                save(group[0])
                out.put(_OP["APPEND"])
                continue
            out.put(_OP["MARK"])
            for item in group:
                save(item)
            out.put(_OP["APPENDS"])

    def _emit_dict(self, obj):
        out = self._out
        out.put(_OP["EMPTY_DICT"] if self.bin else _OP["MARK"] + _OP["DICT"])
        self.memoize(obj)
        save = self.save
        if not self.bin:
            for key, value in obj.items():
                save(key)
                save(value)
                out.put(_OP["SETITEM"])
            return
        for group in _groups(iter(obj.items())):
            if len(group) == 1:
                save(group[0][0])
                save(group[0][1])
                out.put(_OP["SETITEM"])
                continue
            out.put(_OP["MARK"])
            for key, value in group:
                save(key)
                save(value)
            out.put(_OP["SETITEMS"])

    def _emit_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        out = self._out
        out.put(_OP["EMPTY_SET"])
        self.memoize(obj)
        for group in _groups(iter(obj)):
            out.put(_OP["MARK"])
            for item in group:
                self.save(item)
            out.put(_OP["ADDITEMS"])

    def _emit_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        out = self._out
        out.put(_OP["MARK"])
        for item in obj:
            self.save(item)
        index = self._memo_lookup(obj)
        if index is not None:
            out.put(_OP["POP_MARK"] + self._get_op(index))
            return
        out.put(_OP["FROZENSET"])
        self.memoize(obj)

    def _emit_appends(self, items):
        out = self._out
        if not self.bin:
            for item in items:
                self.save(item)
                out.put(_OP["APPEND"])
            return
        for group in _groups(items):
            if len(group) == 1:
                self.save(group[0])
                out.put(_OP["APPEND"])
            else:
                out.put(_OP["MARK"])
                for item in group:
                    self.save(item)
                out.put(_OP["APPENDS"])

    def _emit_setitems(self, pairs):
        out = self._out
        if not self.bin:
            for key, value in pairs:
                self.save(key)
                self.save(value)
                out.put(_OP["SETITEM"])
            return
        for group in _groups(pairs):
            if len(group) == 1:
                key, value = group[0]
                self.save(key)
                self.save(value)
                out.put(_OP["SETITEM"])
            else:
                out.put(_OP["MARK"])
                for key, value in group:
                    self.save(key)
                    self.save(value)
                out.put(_OP["SETITEMS"])


def _groups(iterator):
    """Yield lists of up to _BATCH items taken from iterator."""
    while True:
        group = []
        for item in iterator:
            group.append(item)
            if len(group) == _BATCH:
                break
        if not group:
            return
        yield group
        if len(group) < _BATCH:
            return


_SCALAR_WRITERS = {
    _NoneType: Pickler._emit_none,
    bool: Pickler._emit_bool,
    int: Pickler._emit_int,
    float: Pickler._emit_float,
    str: Pickler._emit_str,
    bytes: Pickler._emit_bytes,
}
_CONTAINER_WRITERS = {
    tuple: Pickler._emit_tuple,
    list: Pickler._emit_list,
    dict: Pickler._emit_dict,
    set: Pickler._emit_set,
    frozenset: Pickler._emit_frozenset,
    PickleBuffer: Pickler._emit_picklebuffer,
}


def _encode_latin1(text, encoding="utf-8", errors="strict"):
    return text.encode(encoding, errors)


# Globals tessera cannot import under their CPython names but that CPython pickles name.
_STAND_INS = {("_codecs", "encode"): _encode_latin1, ("codecs", "encode"): _encode_latin1}


# ---------------------------------------------------------------------------------------
# Input side.

class _Reader:
    """Reads from the file, or from the current frame once a FRAME opcode was seen."""

    def __init__(self, read, readline):
        self._read = read
        self._readline = readline
        self._frame = None
        self._pos = 0

    def enter_frame(self, size):
        if self._frame is not None and self._pos != len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self._read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = data
        self._pos = 0

    def read(self, n):
        frame = self._frame
        if frame is not None:
            if self._pos < len(frame):
                end = self._pos + n
                chunk = frame[self._pos:end]
                if len(chunk) < n:
                    raise UnpicklingError("pickle exhausted before end of frame")
                self._pos = end
                return chunk
            self._frame = None
        return self._read(n)

    def opcode(self):
        frame = self._frame
        if frame is not None:
            if self._pos < len(frame):
                code = frame[self._pos]
                self._pos += 1
                return code
            self._frame = None
        data = self._read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    def exact(self, n):
        data = self.read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def line(self):
        frame = self._frame
        if frame is not None:
            if self._pos < len(frame):
                end = frame.find(b"\n", self._pos)
                if end < 0:
                    raise UnpicklingError("pickle exhausted before end of frame")
                chunk = frame[self._pos:end + 1]
                self._pos = end + 1
                return chunk
            self._frame = None
        data = self._readline()
        if not data.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return data


_MARK_OBJECT = object()


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        read = getattr(file, "read", None)
        readline = getattr(file, "readline", None)
        if read is None or readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file_read = read
        self._file_readline = readline
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        """Read a pickled object from the file and return it."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._in = _Reader(self._file_read, self._file_readline)
        self._stack = []
        self._marks = []
        self.proto = 0
        handlers = _HANDLERS
        try:
            while True:
                code = self._in.opcode()
                handler = handlers.get(code)
                if handler is None:
                    raise UnpicklingError("invalid load key, %s."
                                          % repr(bytes([code]))[1:])
                if handler(self):
                    return self._result
        finally:
            self._in = None
            self._stack = None
            self._marks = None

    # -- stack helpers -----------------------------------------------------------------

    def _pop(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        return stack.pop()

    def _top(self):
        if not self._stack:
            raise UnpicklingError("unpickling stack underflow")
        return self._stack[-1]

    def _push(self, value):
        self._stack.append(value)

    def _take_marked(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    # -- overridable hooks -------------------------------------------------------------

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("pickle.find_class", module, name)
        if self.proto < 3 and self.fix_imports:
            module, name = _to_python3(module, name)
        stand_in = _STAND_INS.get((module, name))
        if stand_in is not None and module not in sys.modules:
            return stand_in
        owner = _module_named(module)
        try:
            if self.proto >= 4:
                return _getattr_dotted(owner, name)[0]
            return getattr(owner, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, owner)) from None

    # -- opcode handlers (each returns True only for STOP) -----------------------------

    def _op_proto(self):
        version = self._in.exact(1)[0]
        if version > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % version)
        self.proto = version

    def _op_frame(self):
        size = struct.unpack("<Q", self._in.exact(8))[0]
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._in.enter_frame(size)

    def _op_stop(self):
        self._result = self._pop()
        return True

    def _op_mark(self):
        self._marks.append(self._stack)
        self._stack = []

    def _op_pop(self):
        if self._stack:
            self._stack.pop()
        elif self._marks:
            self._take_marked()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def _op_pop_mark(self):
        self._take_marked()

    def _op_dup(self):
        self._push(self._top())

    # constants and numbers

    def _op_none(self):
        self._push(None)

    def _op_newtrue(self):
        self._push(True)

    def _op_newfalse(self):
        self._push(False)

    def _op_int(self):
        text = self._in.line()[:-1]
        if text == b"01":
            value = True
        elif text == b"00":
            value = False
        else:
            value = _parse_int(text)
        self._push(value)

    def _op_binint(self):
        self._push(struct.unpack("<i", self._in.exact(4))[0])

    def _op_binint1(self):
        self._push(self._in.exact(1)[0])

    def _op_binint2(self):
        self._push(struct.unpack("<H", self._in.exact(2))[0])

    def _op_long(self):
        text = self._in.line()[:-1]
        if text.endswith(b"L"):
            text = text[:-1]
        self._push(_parse_int(text))

    def _op_long1(self):
        size = self._in.exact(1)[0]
        self._push(_bytes_to_long(self._in.exact(size)))

    def _op_long4(self):
        size = struct.unpack("<i", self._in.exact(4))[0]
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(_bytes_to_long(self._in.exact(size)))

    def _op_float(self):
        self._push(float(self._in.line()[:-1].decode("ascii")))

    def _op_binfloat(self):
        self._push(struct.unpack(">d", self._in.exact(8))[0])

    # strings and bytes

    def _py2_str(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _op_string(self):
        body = self._in.line()[:-1]
        if len(body) >= 2 and body[0] == body[-1] and body[:1] in (b"'", b'"'):
            body = body[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._py2_str(_decode_py2_string_literal(body)))

    def _op_binstring(self):
        size = struct.unpack("<i", self._in.exact(4))[0]
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._push(self._py2_str(self._in.exact(size)))

    def _op_short_binstring(self):
        size = self._in.exact(1)[0]
        self._push(self._py2_str(self._in.exact(size)))

    def _sized(self, fmt, width):
        size = struct.unpack(fmt, self._in.exact(width))[0]
        if size > sys.maxsize:
            raise UnpicklingError("exceeds system's maximum size of %d bytes" % sys.maxsize)
        return self._in.exact(size)

    def _op_binbytes(self):
        self._push(self._sized("<I", 4))

    def _op_short_binbytes(self):
        self._push(self._in.exact(self._in.exact(1)[0]))

    def _op_binbytes8(self):
        self._push(self._sized("<Q", 8))

    def _op_bytearray8(self):
        self._push(bytearray(self._sized("<Q", 8)))

    def _op_unicode(self):
        self._push(_decode_raw_unicode_escape(self._in.line()[:-1]))

    def _op_binunicode(self):
        self._push(self._sized("<I", 4).decode("utf-8", "surrogatepass"))

    def _op_binunicode8(self):
        self._push(self._sized("<Q", 8).decode("utf-8", "surrogatepass"))

    def _op_short_binunicode(self):
        data = self._in.exact(self._in.exact(1)[0])
        self._push(data.decode("utf-8", "surrogatepass"))

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self._push(buf)

    def _op_readonly_buffer(self):
        self._top()

    # containers

    def _op_empty_tuple(self):
        self._push(())

    def _op_tuple(self):
        self._push(tuple(self._take_marked()))

    def _op_tuple1(self):
        self._stack[-1:] = [(self._top(),)]

    def _op_tuple2(self):
        second = self._pop()
        first = self._pop()
        self._push((first, second))

    def _op_tuple3(self):
        third = self._pop()
        second = self._pop()
        first = self._pop()
        self._push((first, second, third))

    def _op_empty_list(self):
        self._push([])

    def _op_list(self):
        self._push(self._take_marked())

    def _op_empty_dict(self):
        self._push({})

    def _op_dict(self):
        items = self._take_marked()
        self._push({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _op_empty_set(self):
        self._push(set())

    def _op_frozenset(self):
        self._push(frozenset(self._take_marked()))

    def _op_append(self):
        value = self._pop()
        self._top().append(value)

    def _op_appends(self):
        items = self._take_marked()
        target = self._top()
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            add = target.append
            for item in items:
                add(item)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._take_marked()
        target = self._top()
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    def _op_additems(self):
        items = self._take_marked()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    # memo

    def _op_get(self):
        self._fetch(_parse_int(self._in.line()[:-1]))

    def _op_binget(self):
        self._fetch(self._in.exact(1)[0])

    def _op_long_binget(self):
        self._fetch(struct.unpack("<I", self._in.exact(4))[0])

    def _fetch(self, index):
        try:
            self._push(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _op_put(self):
        index = _parse_int(self._in.line()[:-1])
        value = self._top()
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = value

    def _op_binput(self):
        self.memo[self._in.exact(1)[0]] = self._top()

    def _op_long_binput(self):
        index = struct.unpack("<I", self._in.exact(4))[0]
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def _op_memoize(self):
        self.memo[len(self.memo)] = self._top()

    # objects

    def _op_global(self):
        module = self._in.line()[:-1].decode("utf-8")
        name = self._in.line()[:-1].decode("utf-8")
        self._push(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _extension(self, code):
        cached = copyreg._extension_cache.get(code, _MARK_OBJECT)
        if cached is not _MARK_OBJECT:
            self._push(cached)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        value = self.find_class(*key)
        copyreg._extension_cache[code] = value
        self._push(value)

    def _op_ext1(self):
        self._extension(self._in.exact(1)[0])

    def _op_ext2(self):
        self._extension(struct.unpack("<H", self._in.exact(2))[0])

    def _op_ext4(self):
        self._extension(struct.unpack("<i", self._in.exact(4))[0])

    def _op_reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        self._push(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        self._push(cls.__new__(cls, *args, **kwargs))

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            try:
                return cls(*args)
            except TypeError as exc:
                raise TypeError("in constructor for %s: %s" % (cls.__name__, exc)) from None
        return cls.__new__(cls)

    def _op_inst(self):
        module = self._in.line()[:-1].decode("ascii")
        name = self._in.line()[:-1].decode("ascii")
        cls = self.find_class(module, name)
        self._push(self._instantiate(cls, self._take_marked()))

    def _op_obj(self):
        args = self._take_marked()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._push(self._instantiate(cls, args))

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slot_values = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slot_values = state
        if state is not None:
            attrs = inst.__dict__
            intern = sys.intern
            for key, value in state.items():
                if type(key) is str:
                    key = intern(key)
                attrs[key] = value
        if slot_values:
            for key, value in slot_values.items():
                setattr(inst, key, value)

    def _require_persistent_load(self):
        # Without a persistent_load hook the error is reported before the stack is read.
        if "persistent_load" not in self.__dict__ and \
                type(self).persistent_load is Unpickler.persistent_load:
            self.persistent_load(None)

    def _op_persid(self):
        self._require_persistent_load()
        try:
            pid = self._in.line()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") \
                from None
        self._push(self.persistent_load(pid))

    def _op_binpersid(self):
        self._require_persistent_load()
        self._push(self.persistent_load(self._pop()))


def _parse_int(text):
    try:
        return int(text.decode("ascii"), 10)
    except (ValueError, UnicodeDecodeError):
        raise ValueError("could not convert string to int") from None


_HANDLERS = {}
for _opname, _opvalue in _OPCODE_BYTES:
    _method = getattr(Unpickler, "_op_" + _opname.lower(), None)
    if _method is not None:
        _HANDLERS[_opvalue] = _method
del _opname, _opvalue, _method


# ---------------------------------------------------------------------------------------
# Shortcuts.

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = io.BytesIO()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
