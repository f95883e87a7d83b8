"""Registration of pickle support functions, written for tessera from the documentation and
observed behaviour of CPython 3.11's copyreg module: the documented registry (dispatch_table,
pickle, constructor), the extension-code registry that pickle consults, and the
reconstructor named by protocol 0/1 pickles of plain instances."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> reduction function, consulted by pickle and copy.
dispatch_table = {}


def _require_callable(obj, what):
    if not callable(obj):
        raise TypeError(what + " must be callable")


def constructor(object):
    """Declare object a valid constructor (only callables are)."""
    _require_callable(object, "constructors")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Use pickle_function to reduce objects of ob_type."""
    _require_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# Extension codes: (module, name) <-> code in 1..2**31-1, both ways, plus a cache of
# objects already looked up by code.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    key = (module, name)
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return
    if known_code is not None:
        raise ValueError("key %s is already registered with code %s" % (key, known_code))
    if known_key is not None:
        raise ValueError("code %s is already in use for key %s" % (code, known_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


def _reconstructor(cls, base, state):
    """Rebuild an instance pickled with protocol 0 or 1 by the default reduction: a bare
    object of cls, or one built from base's value when cls derives from a built-in type."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made
