"""Mock objects and patching (tessera's own implementation of ``unittest.mock`` basics).

Written from the library documentation and CPython's observed behaviour: Mock,
MagicMock (with the documented magic-method defaults), NonCallableMock, PropertyMock,
call/ANY/sentinel/DEFAULT, the call-recording attributes and assert methods, spec and
spec_set, and patch / patch.object / patch.dict as decorators, context managers and
start()/stop().  Not provided: autospec/create_autospec, AsyncMock, mock_open, seal,
patch.multiple."""

import sys
import functools as _functools
import builtins as _builtins

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call",
           "NonCallableMock", "NonCallableMagicMock", "PropertyMock", "FILTER_DIR")

FILTER_DIR = True


# ---------------------------------------------------------------------------
# sentinel, DEFAULT, ANY

class _Sentinel:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel." + self.name

    def __reduce__(self):
        return "sentinel." + self.name


class _SentinelFactory:
    """``sentinel.anything`` is a unique object, the same each time it is asked for."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        made = self._made
        if name not in made:
            made[name] = _Sentinel(name)
        return made[name]


sentinel = _SentinelFactory()
DEFAULT = sentinel.DEFAULT
_GONE = sentinel.DELETED_ATTRIBUTE


class _AnyValue:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return "<ANY>"

    __hash__ = object.__hash__


ANY = _AnyValue()


# ---------------------------------------------------------------------------
# call objects

def _signature_text(name, args, kwargs):
    shown = [repr(a) for a in args]
    shown += ["{}={!r}".format(k, v) for k, v in kwargs.items()]
    return "{}({})".format(name, ", ".join(shown))


def _split_call(value):
    """(name or None, args, kwargs) of a _Call or of a plain tuple in a call shape."""
    if isinstance(value, _Call):
        return value._parts()
    if not isinstance(value, tuple):
        return None
    if len(value) == 3:
        return value
    if len(value) == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return (first, second, {})
            return (first, (), second)
        return (None, first, second)
    if len(value) == 1:
        only = value[0]
        if isinstance(only, str):
            return (only, (), {})
        if isinstance(only, tuple):
            return (None, only, {})
        return (None, (), only)
    if not value:
        return (None, (), {})
    return None


class _Call(tuple):
    """A recorded (or expected) call: ``call(1, a=2)``, ``call.method(3)``.

    Holds (args, kwargs) when it is a mock's call_args, else (name, args, kwargs)."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        if two:
            if len(value) == 3:
                value = value[1:]
            return tuple.__new__(cls, value)
        if len(value) == 2:
            value = (name,) + tuple(value)
        elif len(value) != 3:
            value = (name, (), {})
        return tuple.__new__(cls, value)

    def __init__(self, value=(), name="", parent=None, two=False, from_kall=True):
        self._name = name
        self._parent = parent
        self._called = from_kall

    def _parts(self):
        if len(self) == 2:
            return (None, self[0], self[1])
        return (self[0], self[1], self[2])

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __eq__(self, other):
        mine = _split_call(self)
        theirs = _split_call(other)
        if theirs is None:
            return NotImplemented
        if mine[0] is not None and theirs[0] is not None and mine[0] != theirs[0]:
            return False
        if self._parent is not None and getattr(other, "_parent", None) is not None \
                and self._parent != other._parent:
            return False
        return (tuple(mine[1]), dict(mine[2])) == (tuple(theirs[1]), dict(theirs[2]))

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def __call__(self, *args, **kwargs):
        name = self[0] if len(self) == 3 else ""
        if self._called:
            name = (name or "") + "()"
        return _Call((name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        base = self[0] if len(self) == 3 else ""
        if self._called:
            name = base + "()." + attr
        else:
            name = base + "." + attr if base else attr
        return _Call((name, (), {}), name=name, parent=self, from_kall=False)

    def __repr__(self):
        if not self._called and len(self) == 3 and not self[1] and not self[2]:
            name = self[0] or "call"
            if name != "call" and not name.startswith("call"):
                name = "call." + name
            return name
        name, args, kwargs = self._parts()
        if not name:
            head = "call"
        elif name.startswith("()"):
            head = "call" + name
        else:
            head = "call." + name
        return _signature_text(head, args, kwargs)

    def call_list(self):
        chain = []
        node = self
        while node is not None:
            if node._called:
                chain.append(node)
            node = node._parent
        return _CallList(reversed(chain))


call = _Call(("", (), {}), name=None, from_kall=False)


class _CallList(list):
    """A list of calls; ``in`` also finds a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        for start in range(len(self) - width + 1):
            if self[start:start + width] == value:
                return True
        return False

def _call_list_repr(calls):
    """What CPython shows for a list of calls: one line when it fits, else one a line."""
    one = "[" + ", ".join(repr(c) for c in calls) + "]"
    if len(one) <= 80:
        return one
    return "[" + ",\n ".join(repr(c) for c in calls) + "]"


_CallList.__repr__ = lambda self: _call_list_repr(self)


# ---------------------------------------------------------------------------
# Mocks

_ASSERT_TYPOS = ("assert", "assret", "asert", "aseert", "assrt")

_MOCK_STATE = ("_mock_parent", "_mock_new_name", "_mock_new_parent", "_mock_name",
               "_mock_children", "_mock_return_value", "_mock_side_effect",
               "_mock_wraps", "_mock_methods", "_spec_class", "_spec_set",
               "_mock_unsafe", "called", "call_count", "call_args", "call_args_list",
               "mock_calls", "method_calls", "_mock_sealed", "_spec_signature")


def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


class NonCallableMock:
    """A flexible stand-in: attributes spring into being as child mocks."""

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        state = self.__dict__
        state["_mock_parent"] = parent
        state["_mock_name"] = name
        state["_mock_new_name"] = _new_name
        state["_mock_new_parent"] = _new_parent
        state["_mock_children"] = {}
        state["_mock_return_value"] = DEFAULT
        state["_mock_side_effect"] = None
        state["_mock_wraps"] = wraps
        state["_mock_unsafe"] = unsafe
        state["_mock_sealed"] = False
        state["_mock_methods"] = None
        state["_spec_class"] = None
        state["_spec_set"] = None
        if spec_set is not None:
            spec, state["_spec_set"] = spec_set, True
        if spec is not None:
            self._apply_spec(spec)
        self._clear_record()
        if kwargs:
            self.configure_mock(**kwargs)

    def _apply_spec(self, spec):
        state = self.__dict__
        if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
            state["_mock_methods"] = list(spec)
            state["_spec_class"] = None
            return
        state["_spec_class"] = spec if isinstance(spec, type) else type(spec)
        state["_mock_methods"] = dir(spec)

    def mock_add_spec(self, spec, spec_set=False):
        self._apply_spec(spec)
        self.__dict__["_spec_set"] = True if spec_set else None

    def _clear_record(self):
        state = self.__dict__
        state["called"] = False
        state["call_count"] = 0
        state["call_args"] = None
        state["call_args_list"] = _CallList()
        state["mock_calls"] = _CallList()
        state["method_calls"] = _CallList()

    # -- naming -------------------------------------------------------------

    def _path(self):
        """Dotted name used in reprs: 'mock.foo', 'mock().x', 'name.attr'."""
        parts = []
        node = self
        link = None
        while node is not None:
            state = node.__dict__
            parent = state["_mock_new_parent"]
            if parent is None:
                parts.append(state["_mock_name"] or "mock")
                break
            parts.append(state["_mock_new_name"])
            node = parent
        parts.reverse()
        text = parts[0]
        for piece in parts[1:]:
            text += piece if piece == "()" else "." + piece
        return text

    def _own_name(self):
        return self.__dict__["_mock_name"] or self.__dict__["_mock_new_name"] or "mock"

    def _extract_mock_name(self):
        return self._path()

    def __repr__(self):
        bits = []
        state = self.__dict__
        named = state["_mock_name"] is not None or state["_mock_new_parent"] is not None
        if named:
            bits.append(" name={!r}".format(self._path()))
        if state["_spec_class"] is not None:
            label = "spec_set" if state["_spec_set"] else "spec"
            bits.append(" {}={!r}".format(label, state["_spec_class"].__name__))
        return "<{}{} id='{}'>".format(type(self).__name__, "".join(bits), id(self))

    # -- attributes ---------------------------------------------------------

    def _child_class(self):
        kind = type(self)
        if issubclass(kind, MagicMixin):
            return MagicMock
        if issubclass(kind, NonCallableMock) and not issubclass(kind, CallableMixin):
            return Mock
        if issubclass(kind, PropertyMock):
            return MagicMock
        return kind

    def _get_child_mock(self, **kw):
        return self._child_class()(**kw)

    def __getattr__(self, name):
        if name in _MOCK_STATE or name == "_mock_methods":
            raise AttributeError(name)
        state = self.__dict__
        methods = state.get("_mock_methods")
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        if methods is not None and name not in methods:
            raise AttributeError("Mock object has no attribute {!r}".format(name))
        if not state.get("_mock_unsafe") and name.startswith(_ASSERT_TYPOS):
            raise AttributeError(
                "{0!r} is not a valid assertion. Use a spec for the mock if {0!r} is "
                "meant to be an attribute.".format(name))
        children = state["_mock_children"]
        child = children.get(name)
        if child is _GONE:
            raise AttributeError(name)
        if child is None:
            wraps = None
            if state["_mock_wraps"] is not None:
                wraps = getattr(state["_mock_wraps"], name)
            child = self._get_child_mock(parent=self, name=None, wraps=wraps,
                                         _new_name=name, _new_parent=self)
            children[name] = child
        return child

    def __setattr__(self, name, value):
        state = self.__dict__
        if name in ("return_value", "side_effect", "__class__") or name in _MOCK_STATE \
                or name.startswith("_mock_"):
            return object.__setattr__(self, name, value)
        methods = state.get("_mock_methods")
        if state.get("_spec_set") and methods is not None and name not in methods \
                and name not in state:
            raise AttributeError("Mock object has no attribute '{}'".format(name))
        if name in _MAGIC_NAMES and isinstance(self, MagicMixin):
            if _is_mock(value):
                self._adopt(value, name)
            state["_mock_children"][name] = value
            return None
        if _is_mock(value) and self._adopt(value, name):
            state["_mock_children"][name] = value
            return None
        if name in state["_mock_children"]:
            del state["_mock_children"][name]
        return object.__setattr__(self, name, value)

    def _adopt(self, child, name):
        cs = child.__dict__
        if cs["_mock_parent"] is not None or cs["_mock_new_parent"] is not None \
                or cs["_mock_name"] is not None:
            return False
        cs["_mock_parent"] = self
        cs["_mock_new_parent"] = self
        cs["_mock_new_name"] = name
        return True

    def __delattr__(self, name):
        state = self.__dict__
        if name in state and name not in _MOCK_STATE:
            object.__delattr__(self, name)
            state["_mock_children"][name] = _GONE
            return
        if state["_mock_children"].get(name) is _GONE:
            raise AttributeError(name)
        state["_mock_children"][name] = _GONE

    @property
    def __class__(self):
        spec = self.__dict__.get("_spec_class")
        if spec is None:
            return type(self)
        return spec

    def attach_mock(self, mock, attribute):
        cs = mock.__dict__
        cs["_mock_parent"] = cs["_mock_new_parent"] = None
        cs["_mock_name"] = None
        self._adopt(mock, attribute)
        self.__dict__["_mock_children"][attribute] = mock

    def configure_mock(self, **kwargs):
        for path in sorted(kwargs, key=lambda p: p.count(".")):
            target = self
            *front, last = path.split(".")
            for part in front:
                target = getattr(target, part)
            setattr(target, last, kwargs[path])

    def __dir__(self):
        names = set(dir(type(self)))
        names.update(k for k, v in self.__dict__["_mock_children"].items() if v is not _GONE)
        names.update(k for k in self.__dict__ if not k.startswith("_mock_"))
        return sorted(names)

    # -- return_value and side_effect ---------------------------------------

    @property
    def return_value(self):
        state = self.__dict__
        value = state["_mock_return_value"]
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name="()")
            state["_mock_return_value"] = value
        return value

    @return_value.setter
    def return_value(self, value):
        if _is_mock(value):
            cs = value.__dict__
            if cs["_mock_parent"] is None and cs["_mock_new_parent"] is None \
                    and cs["_mock_name"] is None:
                cs["_mock_new_parent"] = self
                cs["_mock_new_name"] = "()"
        self.__dict__["_mock_return_value"] = value

    @property
    def side_effect(self):
        return self.__dict__["_mock_side_effect"]

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        if visited is None:
            visited = set()
        if id(self) in visited:
            return
        visited.add(id(self))
        self._clear_record()
        state = self.__dict__
        if return_value:
            state["_mock_return_value"] = DEFAULT
        if side_effect:
            state["_mock_side_effect"] = None
        for child in list(state["_mock_children"].values()):
            if _is_mock(child):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = state["_mock_return_value"]
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    # -- the assert methods -------------------------------------------------

    def _call_text(self, args, kwargs):
        return _signature_text(self._own_name(), args, kwargs)

    def _calls_note(self):
        calls = self.mock_calls
        if not calls:
            return ""
        return "\nCalls: {}.".format(_call_list_repr(calls))

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '{}' to not have been called. Called {} times.{}"
                                 .format(self._own_name(), self.call_count, self._calls_note()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '{}' to have been called.".format(self._own_name()))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '{}' to have been called once. Called {} times.{}"
                                 .format(self._own_name(), self.call_count, self._calls_note()))

    def assert_called_with(self, /, *args, **kwargs):
        expected = self._call_text(args, kwargs)
        if self.call_args is None:
            raise AssertionError("expected call not found.\nExpected: {}\n  Actual: not "
                                 "called.".format(expected))
        if _Call((args, kwargs), two=True) != self.call_args:
            actual = self._call_text(*self.call_args[-2:])
            raise AssertionError("expected call not found.\nExpected: {}\n  Actual: {}"
                                 .format(expected, actual))

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '{}' to be called once. Called {} times.{}"
                                 .format(self._own_name(), self.call_count, self._calls_note()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        wanted = _Call((args, kwargs), two=True)
        if wanted not in list(self.call_args_list):
            raise AssertionError("{} call not found".format(self._call_text(args, kwargs)))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        actual = list(self.mock_calls)
        if not any_order:
            width = len(expected)
            for start in range(len(actual) - width + 1):
                if actual[start:start + width] == expected:
                    return
            raise AssertionError("Calls not found.\nExpected: {}\n  Actual: {}".format(
                _call_list_repr(expected), _call_list_repr(_CallList(actual))))
        pool = list(actual)
        missing = []
        for item in expected:
            for pos, have in enumerate(pool):
                if have == item:
                    del pool[pos]
                    break
            else:
                missing.append(item)
        if missing:
            raise AssertionError("{!r} does not contain all of {} in its call list, found {} "
                                 "instead".format(self._own_name(),
                                                  "(" + ", ".join(repr(c) for c in expected)
                                                  + ("," if len(expected) == 1 else "") + ")",
                                                  "[" + ", ".join(repr(c) for c in actual) + "]"))

    # -- being called (CallableMixin uses these) -----------------------------

    def _record(self, args, kwargs):
        state = self.__dict__
        state["called"] = True
        state["call_count"] += 1
        state["call_args"] = _Call((args, kwargs), two=True)
        state["call_args_list"].append(state["call_args"])
        state["mock_calls"].append(_Call(("", args, kwargs)))
        # tell the ancestors: mock_calls everywhere up, method_calls along attribute links
        path = ""
        methods_ok = True
        node = self
        while True:
            ns = node.__dict__
            parent = ns["_mock_new_parent"]
            if parent is None:
                break
            link = ns["_mock_new_name"]
            if link == "()":
                path = "()" + ("." + path if path and not path.startswith("()") else path)
                methods_ok = False
            else:
                path = link + ("." + path if path and not path.startswith("()") else path)
            parent.__dict__["mock_calls"].append(_Call((path, args, kwargs)))
            if methods_ok:
                parent.__dict__["method_calls"].append(_Call((path, args, kwargs)))
            node = parent

    def _outcome(self, args, kwargs):
        effect = self.__dict__["_mock_side_effect"]
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if callable(effect):
                got = effect(*args, **kwargs)
                if got is not DEFAULT:
                    return got
            else:
                got = next(effect)
                if _is_exception(got):
                    raise got
                if got is not DEFAULT:
                    return got
        state = self.__dict__
        if state["_mock_return_value"] is not DEFAULT:
            return state["_mock_return_value"]
        if state["_mock_wraps"] is not None:
            return state["_mock_wraps"](*args, **kwargs)
        return self.return_value


NonCallableMock.__module__ = "unittest.mock"


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = DEFAULT
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        if return_value is not DEFAULT:
            self.return_value = return_value
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._record(args, kwargs)
        return self._outcome(args, kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self(*args, **kwargs)


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records its calls, returns return_value (or side_effect's)."""


Mock.__module__ = "unittest.mock"


# ---------------------------------------------------------------------------
# MagicMock: the magic methods, each backed by a child mock

_FIXED_DEFAULTS = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
    "__index__": 1, "__aexit__": False,
}

_MAGIC_NAMES = set("""
__lt__ __gt__ __le__ __ge__ __eq__ __ne__ __int__ __contains__ __len__ __iter__
__exit__ __enter__ __complex__ __float__ __bool__ __index__ __hash__ __str__ __sizeof__
__getitem__ __setitem__ __delitem__ __round__ __floor__
__trunc__ __ceil__ __neg__ __pos__ __abs__ __invert__ __fspath__
__add__ __sub__ __mul__ __matmul__ __truediv__ __floordiv__ __mod__ __divmod__
__lshift__ __rshift__ __and__ __xor__ __or__ __pow__
__radd__ __rsub__ __rmul__ __rmatmul__ __rtruediv__ __rfloordiv__ __rmod__
__rdivmod__ __rlshift__ __rrshift__ __rand__ __rxor__ __ror__ __rpow__
__iadd__ __isub__ __imul__ __imatmul__ __itruediv__ __ifloordiv__ __imod__
__ilshift__ __irshift__ __iand__ __ixor__ __ior__ __ipow__
""".split())


def _magic_default(mock, name, args):
    """The documented default result of a MagicMock's magic method (None: none)."""
    if name in _FIXED_DEFAULTS:
        return True, _FIXED_DEFAULTS[name]
    if name == "__eq__":
        return True, (True if mock is args[0] else NotImplemented)
    if name == "__ne__":
        return True, (False if mock is args[0] else NotImplemented)
    if name == "__hash__":
        return True, object.__hash__(mock)
    if name == "__str__":
        return True, object.__str__(mock)
    if name == "__sizeof__":
        return True, object.__sizeof__(mock)
    if name == "__iter__":
        return True, iter([])
    if name == "__fspath__":
        return True, "{}/{}".format(type(mock).__name__, id(mock))
    return False, None


def _magic_child(mock, name):
    children = mock.__dict__["_mock_children"]
    child = children.get(name)
    if child is None or child is _GONE:
        if child is _GONE:
            raise AttributeError(name)
        child = MagicMock(_new_name=name, _new_parent=mock, parent=mock)
        child.__dict__["_magic_owner"] = name
        children[name] = child
    return child


def _make_magic(name):
    def method(self, /, *args, **kwargs):
        target = _magic_child(self, name)
        if not _is_mock(target):
            return target(self, *args, **kwargs)
        ts = target.__dict__
        if ts["_mock_return_value"] is DEFAULT and ts["_mock_side_effect"] is None \
                and ts["_mock_wraps"] is None:
            known, value = _magic_default(self, name, args)
            if known:
                target._record(args, kwargs)
                return value
        value = target(*args, **kwargs)
        if name == "__iter__":
            return iter(value)
        return value
    method.__name__ = name
    return method


class MagicMixin:
    def __getattribute__(self, name):
        if name in _MAGIC_NAMES:
            return _magic_child(self, name)
        return object.__getattribute__(self, name)

    def mock_add_spec(self, spec, spec_set=False):
        NonCallableMock.mock_add_spec(self, spec, spec_set)

    def _magic_configured(self):
        return self


for _name in _MAGIC_NAMES:
    setattr(MagicMixin, _name, _make_magic(_name))
del _name

# a MagicMock is hashable by identity unless configured otherwise
MagicMixin.__hash__ = _make_magic("__hash__")


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods (len(), iteration, with, comparisons...) set up."""


NonCallableMagicMock.__module__ = "unittest.mock"
MagicMock.__module__ = "unittest.mock"


class PropertyMock(Mock):
    """A mock meant to sit on a class as a property: get calls it, set calls it with
    the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


PropertyMock.__module__ = "unittest.mock"


# ---------------------------------------------------------------------------
# patching

def _import_dotted(path):
    parts = path.split(".")
    name = parts.pop(0)
    found = __import__(name)
    for part in parts:
        name += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(name)
            found = getattr(found, part)
    return found


def _split_target(target):
    try:
        where, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: {!r}".format(target))
    return (lambda: _import_dotted(where)), attribute


_active_patches = []


_MISSING = object()


def _own_or_inherited(target, name):
    """(True, value) when target's own __dict__ holds name, else (False, value or _MISSING)."""
    try:
        return True, vars(target)[name]
    except (TypeError, KeyError):
        return False, getattr(target, name, _MISSING)


class _patch:
    """One patch: replaces an attribute while active (decorator, with-block or start)."""

    def __init__(self, locate, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new is not DEFAULT and new_callable is not None:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if autospec is not None:
            raise NotImplementedError("autospec is not supported by tessera's unittest.mock")
        self._locate = locate
        self.attribute = attribute
        self.new = new
        self._options = dict(spec=spec, create=create, spec_set=spec_set,
                             new_callable=new_callable, kwargs=kwargs, autospec=autospec)
        self.attribute_name = None          # set by patch.multiple: passed by keyword
        self.additional_patchers = []
        self._restores = []

    def copy(self):
        o = self._options
        twin = _patch(self._locate, self.attribute, self.new, o["spec"], o["create"],
                      o["spec_set"], o["autospec"], o["new_callable"], o["kwargs"])
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [extra.copy() for extra in self.additional_patchers]
        return twin

    # -- as a decorator -----------------------------------------------------

    def __call__(self, func):
        if not isinstance(func, type):
            return self._wrap_function(func)
        for name in dir(func):
            member = getattr(func, name)
            if name.startswith(patch.TEST_PREFIX) and callable(member):
                setattr(func, name, self.copy()(member))
        return func

    def _wrap_function(self, func):
        stack = getattr(func, "patchings", None)
        if stack is not None:
            stack.append(self)
            return func

        @_functools.wraps(func)
        def patched(*args, **kwargs):
            active = []
            added = []
            try:
                for one in patched.patchings:
                    made = one.__enter__()
                    active.append(one)
                    if one.attribute_name is not None:
                        kwargs[one.attribute_name] = made
                    elif one.new is DEFAULT:
                        added.append(made)
                return func(*args, *added, **kwargs)
            finally:
                while active:
                    active.pop().__exit__(None, None, None)

        patched.patchings = [self]
        return patched

    # -- activating ------------------------------------------------------------

    def _make_new(self, original):
        o = self._options
        options = dict(o["kwargs"])
        if self.new is not DEFAULT:
            if options:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return self.new
        spec, spec_set = o["spec"], o["spec_set"]
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original
        if spec is not None:
            options["spec"] = spec
        if spec_set is not None:
            options["spec_set"] = spec_set
        factory = o["new_callable"]
        if factory is None:
            plain = spec if spec is not None else spec_set
            callable_spec = plain is None or isinstance(plain, list) or callable(plain)
            factory = MagicMock if callable_spec else NonCallableMagicMock
            options.setdefault("name", self.attribute)
        return factory(**options)

    def __enter__(self):
        target = self._locate()
        own, original = _own_or_inherited(target, self.attribute)
        if original is _MISSING and not self._options["create"]:
            raise AttributeError("{} does not have the attribute {!r}".format(
                target, self.attribute))
        replacement = self._make_new(original)
        setattr(target, self.attribute, replacement)
        self._restores.append((target, own, original))
        if not self.additional_patchers:
            return replacement
        made = {}
        if self.new is DEFAULT:
            made[self.attribute] = replacement
        for extra in self.additional_patchers:
            value = extra.__enter__()
            if extra.new is DEFAULT:
                made[extra.attribute] = value
        return made

    def __exit__(self, *exc_info):
        if not self._restores:
            return False
        target, own, original = self._restores.pop()
        name = self.attribute
        if own:
            setattr(target, name, original)
        else:
            try:
                delattr(target, name)
            except AttributeError:
                pass
            if original is not _MISSING and not hasattr(target, name):
                setattr(target, name, original)
        for extra in reversed(self.additional_patchers):
            extra.__exit__(*exc_info)
        return False

    def start(self):
        value = self.__enter__()
        _active_patches.append(self)
        return value

    def stop(self):
        if self not in _active_patches:
            return None
        _active_patches.remove(self)
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    """Replace the object named by 'package.module.attribute' while the patch is active."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError("{!r} must be the actual object to be patched, not a str"
                        .format(target))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if isinstance(target, str):
        where = target
        getter = lambda: _import_dotted(where)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    first_name, first_new = items[0]
    head = _patch(getter, first_name, first_new, spec, create, spec_set, autospec,
                  new_callable, {})
    head.attribute_name = first_name
    for name, new in items[1:]:
        other = _patch(getter, name, new, spec, create, spec_set, autospec, new_callable, {})
        other.attribute_name = name
        head.additional_patchers.append(other)
    return head


class _patch_dict:
    """Sets keys of a dict (or mapping named by a string) while active, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        updates = dict(values)
        updates.update(kwargs)
        self.in_dict, self.values, self.clear = in_dict, updates, clear
        self._snapshots = []

    def _mapping(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _import_dotted(self.in_dict)
        return self.in_dict

    def _apply(self):
        target = self._mapping()
        self._snapshots.append([(key, target[key]) for key in list(target)])
        if self.clear:
            _wipe(target)
        for key, value in self.values.items():
            target[key] = value
        return target

    def _revert(self):
        if not self._snapshots:
            return
        target = self.in_dict
        saved = self._snapshots.pop()
        _wipe(target)
        for key, value in saved:
            target[key] = value

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                member = getattr(f, name)
                if name.startswith(patch.TEST_PREFIX) and callable(member):
                    setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(member))
            return f

        @_functools.wraps(f)
        def with_patched_dict(*args, **kw):
            self._apply()
            try:
                return f(*args, **kw)
            finally:
                self._revert()
        return with_patched_dict

    def __enter__(self):
        return self._apply()

    def __exit__(self, *args):
        self._revert()
        return False

    def start(self):
        _active_patches.append(self)
        return self._apply()

    def stop(self):
        if self in _active_patches:
            _active_patches.remove(self)
            self._revert()


def _wipe(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _stop_all():
    for active in reversed(list(_active_patches)):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _stop_all
patch.TEST_PREFIX = "test"
