"""Inspect live objects: type predicates, members, signatures, docstrings and source.

Written for tessera from the documentation of CPython 3.11's ``inspect`` and from its
observed behaviour. Frames are only reported when the VM offers ``sys._getframe``
(currentframe() returns None otherwise, as CPython documents for implementations without
frame objects); source is read back from the file a code object names, when it exists.
"""

import sys
import types
import enum
import functools
import collections
import collections.abc

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
    'isasyncgen', 'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
    'ismethodwrapper', 'isroutine', 'isabstract', 'ismethoddescriptor',
    'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor',
    'getmembers', 'getmembers_static', 'getmro', 'getdoc', 'cleandoc', 'getmodule',
    'getfile', 'getsourcefile', 'getsourcelines', 'getsource', 'findsource',
    'getmodulename', 'getfullargspec', 'FullArgSpec', 'getattr_static', 'unwrap',
    'currentframe', 'signature', 'Signature', 'Parameter',
    'BoundArguments', 'formatannotation', 'indentsize',
]

# Code object flags (the values CPython documents for co_flags).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


class _NeverInstance:
    """Stands for a type the VM does not provide: nothing is an instance of it."""


def _vm_type(name):
    return getattr(types, name, _NeverInstance)


_FrameType = _vm_type('FrameType')
_TracebackType = _vm_type('TracebackType')
_MethodWrapperType = _vm_type('MethodWrapperType')
_GetSetType = _vm_type('GetSetDescriptorType')
_MemberType = _vm_type('MemberDescriptorType')
_WrapperDescriptorType = _vm_type('WrapperDescriptorType')
_MethodDescriptorType = _vm_type('MethodDescriptorType')
_ClassMethodDescriptorType = _vm_type('ClassMethodDescriptorType')


# ----------------------------------------------------------------------------
# Predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is a bound method written in Python."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a Python function (including lambdas)."""
    return isinstance(object, types.FunctionType)


def _peel(f):
    # Methods and partial objects stand for the function underneath them.
    while True:
        if isinstance(f, types.MethodType):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            return f


def _code_flag_set(f, flag):
    f = _peel(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """Return true if the object is a Python generator function."""
    return _code_flag_set(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """Return true if the object is a coroutine function (defined with async def)."""
    return _code_flag_set(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """Return true if the object is an asynchronous generator function."""
    return _code_flag_set(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine created by an async def function."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator iterator."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        code = getattr(object, 'gi_code', None)
        if code is not None and code.co_flags & CO_ITERABLE_COROUTINE:
            return True
    hook = _search_classes(type(object), '__await__')
    if hook is not _missing and hook is not None:
        return True
    try:
        return isinstance(object, collections.abc.Awaitable)
    except AttributeError:
        # tessera's modules have no __class__ for abc's check to read; no module
        # is awaitable.
        return False


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """Return true if the object is a frame."""
    return isinstance(object, _FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or a bound built-in method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper (a bound slot of a built-in type)."""
    return isinstance(object, _MethodWrapperType)


def _type_has(obj, name):
    return hasattr(type(obj), name)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor, but not if ismethod(),
    isclass(), isfunction() or isbuiltin() are true: it has __get__ and no __set__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, (staticmethod, classmethod)):
        return True
    if isinstance(object, property):
        # property defines __set__, which tessera's property type does not show.
        return False
    return _type_has(object, '__get__') and not _type_has(object, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (it has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    return _type_has(object, '__set__') or _type_has(object, '__delete__')


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor of an extension type."""
    return isinstance(object, _GetSetType)


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (from __slots__)."""
    return isinstance(object, _MemberType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (it has abstract methods)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ----------------------------------------------------------------------------
# Members and classes

def getmro(cls):
    """Return the tuple of cls's base classes, cls included, in method resolution order."""
    return cls.__mro__


def _collect_members(obj, predicate, fetch):
    lineage = (obj,) + tuple(obj.__mro__) if isclass(obj) else ()
    names = set(dir(obj))
    for klass in lineage:
        for key, val in klass.__dict__.items():
            if isinstance(val, types.DynamicClassAttribute):
                names.add(key)
    found = []
    for name in names:
        try:
            value = fetch(obj, name)
        except AttributeError:
            for klass in lineage:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found.append((name, value))
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name,
    keeping only those for which predicate(value) is true when a predicate is given."""
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), without triggering descriptors or __getattr__."""
    return _collect_members(object, predicate, getattr_static)


_missing = object()


def _mro_of(klass):
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except (KeyError, AttributeError, TypeError):
        return klass.__mro__


def _search_classes(klass, attr):
    for entry in _mro_of(klass):
        try:
            space = entry.__dict__
        except AttributeError:
            continue
        if attr in space:
            return space[attr]
    return _missing


def _own_dict(obj):
    try:
        space = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return {}
    return space if isinstance(space, dict) else {}


def _is_data_descr(value):
    kind = type(value)
    if isinstance(value, property):
        return True
    return hasattr(kind, '__get__') and (hasattr(kind, '__set__') or hasattr(kind, '__delete__'))


def getattr_static(obj, attr, default=_missing):
    """Retrieve an attribute without triggering the descriptor protocol, __getattr__
    or __getattribute__."""
    if isinstance(obj, type):
        from_class = _search_classes(obj, attr)
        from_meta = _search_classes(type(obj), attr)
        if from_meta is not _missing and _is_data_descr(from_meta):
            return from_meta
        if from_class is not _missing:
            return from_class
        if from_meta is not _missing:
            return from_meta
    else:
        from_class = _search_classes(type(obj), attr)
        own = _own_dict(obj)
        if from_class is not _missing and _is_data_descr(from_class):
            return from_class
        if attr in own:
            return own[attr]
        if from_class is not _missing:
            return from_class
    if default is not _missing:
        return default
    raise AttributeError(attr)


# ----------------------------------------------------------------------------
# Documentation

def cleandoc(doc):
    """Clean up indentation from a docstring: tabs become spaces, the first line
    loses its leading whitespace, the common indentation of the other lines is
    removed, and blank lines are dropped from both ends."""
    rows = doc.expandtabs().split('\n')
    rows[0] = rows[0].lstrip()
    indents = [len(r) - len(r.lstrip()) for r in rows[1:] if r.strip()]
    if indents:
        cut = min(indents)
        rows[1:] = [r[cut:] for r in rows[1:]]
    while rows and not rows[-1].strip():
        rows.pop()
    while rows and not rows[0].strip():
        rows.pop(0)
    return '\n'.join(rows)


def _owner_class(func):
    # Find the class a function was defined in, from its qualified name.
    qual = getattr(func, '__qualname__', '')
    parts = qual.split('.')
    if len(parts) < 2 or '<locals>' in parts[:-1]:
        return None
    holder = sys.modules.get(getattr(func, '__module__', None))
    for part in parts[:-1]:
        holder = getattr(holder, part, None)
        if holder is None:
            return None
    return holder if isclass(holder) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if isinstance(doc, str):
                return doc
        return None
    if ismethod(obj):
        receiver = obj.__self__
        owner = receiver if isclass(receiver) else type(receiver)
        return _doc_in_bases(owner, obj.__func__.__name__, obj.__func__)
    if isfunction(obj):
        owner = _owner_class(obj)
        if owner is None:
            return None
        return _doc_in_bases(owner, obj.__name__, obj)
    if isinstance(obj, property) and obj.fget is not None:
        owner = _owner_class(obj.fget)
        if owner is None:
            return None
        return _doc_in_bases(owner, obj.fget.__name__, obj)
    return None


def _doc_in_bases(owner, name, _skip):
    for base in owner.__mro__:
        member = base.__dict__.get(name)
        if member is None:
            continue
        text = getattr(member, '__doc__', None)
        if text is not None:
            return text


def getdoc(object):
    """Get the documentation string of an object, cleaned with cleandoc(); when the
    object has none, the docstring it inherits from its class hierarchy is used."""
    text = getattr(object, '__doc__', None)
    if text is None:
        try:
            text = _inherited_doc(object)
        except (AttributeError, TypeError):
            text = None
    return cleandoc(text) if isinstance(text, str) else None


# ----------------------------------------------------------------------------
# Modules, files and source

def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if it cannot be found."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def getfile(object):
    """Return the name of the (text or binary) file in which an object was defined."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if path:
            return path
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        home = sys.modules.get(getattr(object, '__module__', None))
        path = getattr(home, '__file__', None)
        if path:
            return path
        raise TypeError('{!r} is a built-in class'.format(object))
    code = _code_for(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code '
                    'object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """Return the module name for a file path, or None if it does not name a module."""
    base = path.replace('\\', '/').rsplit('/', 1)[-1]
    for suffix in ('.py', '.pyc', '.pyw'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def _file_exists(path):
    try:
        with open(path, 'rb'):
            return True
    except (OSError, ValueError, TypeError):
        return False


def getsourcefile(object):
    """Return the Python source file an object was defined in, or None."""
    path = getfile(object)
    if path.endswith(('.pyc', '.pyo')):
        path = path[:-1]
    if not path.endswith(('.py', '.pyw')) and '.' in path.rsplit('/', 1)[-1]:
        return None
    if _file_exists(path):
        return path
    return None


def _read_lines(object):
    path = getsourcefile(object)
    if path is None:
        raise OSError('could not get source code')
    try:
        with open(path, encoding='utf-8') as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError):
        raise OSError('could not get source code') from None
    lines = text.splitlines(True)
    if not lines:
        raise OSError('could not get source code')
    return lines


def _leading_spaces(line):
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    return _leading_spaces(line)


class _LineScanner:
    """Tracks, line by line, whether the text so far leaves a bracket or a string open,
    so that a block's end is only looked for between whole logical lines."""

    def __init__(self):
        self.depth = 0
        self.quote = None  # the delimiter of an open triple-quoted string
        self.joined = False  # the last line ended with a backslash

    def open_before(self):
        return self.depth > 0 or self.quote is not None or self.joined

    def feed(self, line):
        self.joined = _without_comment(line.rstrip('\r\n')).endswith('\\')
        i = 0
        n = len(line)
        while i < n:
            if self.quote is not None:
                end = line.find(self.quote, i)
                while end > 0 and _escaped(line, end):
                    end = line.find(self.quote, end + 1)
                if end < 0:
                    return
                i = end + len(self.quote)
                self.quote = None
                continue
            ch = line[i]
            if ch == '#':
                return
            if ch in '([{':
                self.depth += 1
            elif ch in ')]}':
                self.depth = max(0, self.depth - 1)
            elif ch in '\'"':
                triple = line[i:i + 3]
                if triple == ch * 3:
                    self.quote = triple
                    i += 3
                    continue
                j = i + 1
                while j < n and line[j] != ch:
                    j += 2 if line[j] == '\\' else 1
                i = j + 1
                continue
            i += 1


def _without_comment(line):
    quote = None
    for pos, ch in enumerate(line):
        if quote:
            if ch == quote and not _escaped(line, pos):
                quote = None
        elif ch in '\'"':
            quote = ch
        elif ch == '#':
            return line[:pos]
    return line


def _escaped(line, pos):
    count = 0
    pos -= 1
    while pos >= 0 and line[pos] == '\\':
        count += 1
        pos -= 1
    return count % 2 == 1


def _block_from(lines, start):
    """The lines of the statement starting at index start: a decorated or plain def
    or class with its indented body, or a single logical line."""
    first = lines[start]
    head_indent = _leading_spaces(first)
    scanner = _LineScanner()
    stripped = first.lstrip()
    compound = stripped.startswith(('def ', 'class ', 'async def ', '@', 'def\t', 'class\t'))
    i = start
    # Decorators, then the header, which ends with the logical line holding the colon.
    while i < len(lines):
        scanner.feed(lines[i])
        i += 1
        if scanner.open_before():
            continue
        text = lines[i - 1].lstrip()
        if compound and text.startswith('@'):
            continue
        break
    if not compound:
        return lines[start:i]
    header_end = i
    if not _without_comment(lines[header_end - 1]).rstrip().endswith(':'):
        return lines[start:header_end]
    end = header_end
    j = header_end
    while j < len(lines):
        line = lines[j]
        inside = scanner.open_before()
        scanner.feed(line)
        j += 1
        if inside:
            end = j
            continue
        body = line.strip()
        if not body:
            continue
        deeper = _leading_spaces(line) > head_indent
        if body.startswith('#'):
            # A comment belongs to the block when it is indented like the body.
            if deeper:
                end = j
            continue
        if not deeper:
            break
        end = j
    return lines[start:end]


def _find_class_line(lines, cls):
    name = cls.__name__
    depth = len([p for p in cls.__qualname__.split('.') if p != '<locals>']) - 1
    candidates = []
    for idx, line in enumerate(lines):
        text = line.lstrip()
        if not text.startswith('class'):
            continue
        rest = text[5:]
        if not rest[:1].isspace():
            continue
        rest = rest.lstrip()
        if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum()
                                          or rest[len(name):len(name) + 1] == '_'):
            candidates.append(idx)
    if not candidates:
        raise OSError('could not find class definition')
    if len(candidates) > 1 and depth == 0:
        top = [c for c in candidates if _leading_spaces(lines[c]) == 0]
        if top:
            candidates = top
    idx = candidates[0]
    while idx > 0 and lines[idx - 1].lstrip().startswith('@') \
            and _leading_spaces(lines[idx - 1]) == _leading_spaces(lines[idx]):
        idx -= 1
    return idx


def _code_for(obj):
    # Methods, functions, tracebacks and frames lead to a code object.
    for test, step in _CODE_STEPS:
        if test(obj):
            obj = step(obj)
    return obj


_CODE_STEPS = (
    (ismethod, lambda o: o.__func__),
    (isfunction, lambda o: o.__code__),
    (istraceback, lambda o: o.tb_frame),
    (isframe, lambda o: o.f_code),
)


def findsource(object):
    """Return the entire source file of an object as a list of lines and the index of
    the line where the object's definition starts. OSError if it cannot be read."""
    getfile(object)  # the TypeError for objects that have no file
    lines = _read_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _find_class_line(lines, object)
    code = _code_for(object)
    if iscode(code):
        first = code.co_firstlineno - 1
        if 0 <= first < len(lines):
            return lines, first
        raise OSError('lineno is out of bounds')
    raise OSError('could not find code object')


def getsourcelines(object):
    """Return the source lines of an object and the line number where they start."""
    lines, start = findsource(object)
    if ismodule(object):
        return lines, 0
    return _block_from(lines, start), start + 1


def getsource(object):
    """Return the text of the source code of an object."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ----------------------------------------------------------------------------
# Frames

def currentframe():
    """Return the caller's frame, or None when the VM has no frame objects."""
    peek = getattr(sys, '_getframe', None)
    if peek is None:
        return None
    return peek(1)


# ----------------------------------------------------------------------------
# unwrap

def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes and return the last object; stop
    early at an object for which stop(obj) is true."""
    current = func
    visited = {id(current): current}
    limit = sys.getrecursionlimit()
    while hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        key = id(current)
        if key in visited or len(visited) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        visited[key] = current
    return current


# ----------------------------------------------------------------------------
# Signatures

class _void:
    """Marks a replace() argument as not given."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_WORDS[self]


_KIND_WORDS = {
    0: 'positional-only',
    1: 'positional or keyword',
    2: 'variadic positional',
    3: 'keyword-only',
    4: 'variadic keyword',
}

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """Format an annotation the way signatures print it."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _drop_typing_prefix(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        home = annotation.__module__
        if home in ('builtins', base_module):
            return annotation.__qualname__
        return home + '.' + annotation.__qualname__
    return repr(annotation)


def _drop_typing_prefix(text):
    # 'typing.List[typing.Any]' -> 'List[Any]', leaving 'mytyping.X' untouched.
    out = []
    i = 0
    word = 'typing.'
    while i < len(text):
        if text.startswith(word, i) and (i == 0 or not (text[i - 1].isalnum()
                                                        or text[i - 1] in '_.')):
            i += len(word)
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable;
    use replace() for a modified copy)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind)) from None
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                _KIND_WORDS[kind]))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code object.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 'keyword arguments, not {}'.format(_KIND_WORDS[kind]))
            kind = _POSITIONAL_OR_KEYWORD
            name = 'implicit' + name[1:]
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name, doc='The parameter name.')
    kind = property(lambda self: self._kind, doc='How arguments bind to the parameter.')
    default = property(lambda self: self._default, doc='The default value, or empty.')
    annotation = property(lambda self: self._annotation, doc='The annotation, or empty.')

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of this parameter with the given fields changed."""
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            joiner = ' = ' if self._annotation is not _empty else '='
            text = text + joiner + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if isinstance(other, Parameter):
            return other is self or (
                (self._name, self._kind) == (other._name, other._kind)
                and self._default == other._default
                and self._annotation == other._annotation)
        return NotImplemented


class BoundArguments:
    """The result of Signature.bind(): a mapping of parameter names to arguments."""

    __slots__ = ('_signature', 'arguments')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature, doc='The Signature bound against.')

    @property
    def args(self):
        """The positional arguments, as a tuple."""
        collected = []
        for param in self._signature.parameters.values():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                break
            if param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                collected.extend(value)
            else:
                collected.append(value)
        return tuple(collected)

    @property
    def kwargs(self):
        """The keyword arguments, as a dict."""
        collected = {}
        keyword_zone = False
        for param in self._signature.parameters.values():
            if not keyword_zone:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    keyword_zone = True
                elif param.name not in self.arguments:
                    keyword_zone = True
                    continue
                else:
                    continue
            if param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                collected.update(value)
            elif param.kind == _VAR_POSITIONAL:
                continue
            else:
                collected[param.name] = value
        return collected

    def apply_defaults(self):
        """Fill in default values for the arguments that were not bound (() for
        *args and {} for **kwargs)."""
        given = self.arguments
        complete = {}
        for param in self._signature.parameters.values():
            if param.name in given:
                complete[param.name] = given[param.name]
            elif param.default is not _empty:
                complete[param.name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                complete[param.name] = ()
            elif param.kind == _VAR_KEYWORD:
                complete[param.name] = {}
        self.arguments = complete

    def __eq__(self, other):
        if isinstance(other, BoundArguments):
            return (self._signature, self.arguments) == (other._signature, other.arguments)
        return NotImplemented

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, shown)


def _order_check(params):
    """Raise ValueError unless params are in a valid order with unique names."""
    highest = _POSITIONAL_ONLY
    defaulted = False
    names = set()
    for param in params:
        kind = param.kind
        if kind < highest:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'.format(
                _KIND_WORDS[highest], _KIND_WORDS[kind]))
        highest = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if defaulted:
                    raise ValueError('non-default argument follows default argument')
            else:
                defaulted = True
        if param.name in names:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        names.add(param.name)


class Signature:
    """The call signature of a callable: an ordered mapping of Parameter objects plus
    a return annotation. Immutable; use replace() for a modified copy."""

    __slots__ = ('_parameters', '_return_annotation')

    empty = _empty
    _bound_arguments_cls = BoundArguments
    _parameter_cls = Parameter

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = list(parameters) if parameters is not None else []
        if __validate_parameters__:
            _order_check(params)
        table = collections.OrderedDict((p.name, p) for p in params)
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of a callable object."""
        return _signature_of(obj, follow_wrapped, True, cls)

    parameters = property(lambda self: self._parameters,
                          doc='Ordered mapping of names to Parameter objects.')
    return_annotation = property(lambda self: self._return_annotation,
                                 doc="The return annotation, or Signature.empty.")

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy of this signature with the given fields changed."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _comparable(self):
        ordered = []
        by_name = {}
        for param in self._parameters.values():
            if param.kind == _KEYWORD_ONLY:
                by_name[param.name] = param
            else:
                ordered.append(param)
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        ordered, by_name, ret = self._comparable()
        return hash((tuple(ordered), frozenset(by_name.values()), ret))

    def __eq__(self, other):
        if isinstance(other, Signature):
            return other is self or self._comparable() == other._comparable()
        return NotImplemented

    def _match(self, args, kwargs, partial):
        params = list(self._parameters.values())
        leftover = dict(kwargs)
        bound = {}
        pos = 0
        count = len(args)
        # Positional arguments fill the leading parameters in order.
        while pos < count:
            if not params:
                raise TypeError('too many positional arguments')
            param = params[0]
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[pos:])
                pos = count
                params.pop(0)
                break
            if param.name in leftover and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            bound[param.name] = args[pos]
            pos += 1
            params.pop(0)
        # The remaining parameters take keywords or their defaults.
        catch_all = None
        for param in params:
            name = param.name
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _POSITIONAL_ONLY:
                if name in leftover:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(name))
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(name))
                continue
            if name in leftover:
                bound[name] = leftover.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name))
        if leftover:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(leftover))))
            bound[catch_all.name] = leftover
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Map the arguments to parameters as a call would; TypeError if they do not fit."""
        return self._match(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be left out."""
        return self._match(args, kwargs, True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        pieces = []
        slash_due = False
        star_done = False
        for param in self._parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                pieces.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_done = True
            elif kind == _KEYWORD_ONLY and not star_done:
                pieces.append('*')
                star_done = True
            pieces.append(str(param))
        if slash_due:
            pieces.append('/')
        text = '({})'.format(', '.join(pieces))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Return a Signature object for the given callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _without_first(sig):
    # The signature seen through a bound method: its first parameter is taken.
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _function_signature(cls, func):
    code = func.__code__
    names = code.co_varnames
    n_pos = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    notes = getattr(func, '__annotations__', None) or {}
    first_default = n_pos - len(defaults)
    params = []
    for index in range(n_pos):
        name = names[index]
        kind = _POSITIONAL_ONLY if index < n_posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=notes.get(name, _empty)))
    cursor = n_pos + n_kwonly
    star_name = None
    if code.co_flags & CO_VARARGS:
        star_name = names[cursor]
        cursor += 1
        params.append(Parameter(star_name, _VAR_POSITIONAL,
                                annotation=notes.get(star_name, _empty)))
    for name in names[n_pos:n_pos + n_kwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[cursor]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=notes.get(name, _empty)))
    return cls(params, return_annotation=notes.get('return', _empty),
               __validate_parameters__=False)


def _partial_signature(sig, partial_obj):
    args = partial_obj.args
    keywords = partial_obj.keywords or {}
    try:
        sig.bind_partial(*args, **keywords)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(
            partial_obj)) from None
    remaining = len(args)
    result = []
    keyword_only_now = False
    for param in sig.parameters.values():
        kind = param.kind
        if remaining and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            remaining -= 1
            continue
        if kind == _VAR_POSITIONAL:
            remaining = 0
            if not keyword_only_now:
                result.append(param)
            continue
        if kind == _POSITIONAL_OR_KEYWORD:
            if param.name in keywords:
                keyword_only_now = True
                result.append(param.replace(kind=_KEYWORD_ONLY,
                                            default=keywords[param.name]))
            elif keyword_only_now:
                result.append(param.replace(kind=_KEYWORD_ONLY))
            else:
                result.append(param)
        elif kind == _KEYWORD_ONLY and param.name in keywords:
            result.append(param.replace(default=keywords[param.name]))
        else:
            result.append(param)
    return sig.replace(parameters=result)


def _is_builtin_callable(obj):
    return (isbuiltin(obj) or ismethodwrapper(obj)
            or isinstance(obj, (_WrapperDescriptorType, _MethodDescriptorType,
                                _ClassMethodDescriptorType))
            or (ismethoddescriptor(obj) and not isinstance(obj, (staticmethod, classmethod))
                and not hasattr(obj, '__code__')))


def _split_text_params(text):
    parts = []
    depth = 0
    quote = None
    current = []
    for ch in text:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(''.join(current).strip())
            current = []
            continue
        current.append(ch)
    tail = ''.join(current).strip()
    if tail:
        parts.append(tail)
    return parts


def _text_signature(cls, obj, text, skip_bound, failure):
    text = text.strip()
    if not (text.startswith('(') and ')' in text):
        raise ValueError(failure)
    body, _, after = text[1:].rpartition(')')
    entries = _split_text_params(body)
    self_like = None
    if entries and entries[0].startswith('$'):
        self_like = entries.pop(0)[1:]
        if self_like == 'module' or (skip_bound and getattr(obj, '__self__', None)
                                     is not None):
            self_like = None
        if self_like is not None:
            entries.insert(0, self_like)
    if '/' in entries:
        cut = entries.index('/')
        kinds = [_POSITIONAL_ONLY] * cut
        entries = entries[:cut] + entries[cut + 1:]
    else:
        kinds = []
    params = []
    after_star = False
    for position, entry in enumerate(entries):
        if entry == '*':
            after_star = True
            continue
        default = _empty
        if '=' in entry and not entry.startswith('*'):
            entry, _, source = entry.partition('=')
            entry = entry.strip()
            try:
                default = eval(source.strip(), {'sys': sys, '__builtins__': {}})
            except Exception:
                raise ValueError(failure) from None
        if entry.startswith('**'):
            params.append(Parameter(entry[2:], _VAR_KEYWORD))
        elif entry.startswith('*'):
            params.append(Parameter(entry[1:], _VAR_POSITIONAL))
            after_star = True
        else:
            if position < len(kinds):
                kind = kinds[position]
            else:
                kind = _KEYWORD_ONLY if after_star else _POSITIONAL_OR_KEYWORD
            params.append(Parameter(entry, kind, default=default))
    return cls(params)


def _builtin_signature(cls, obj, skip_bound, label):
    failure = 'no signature found for builtin {}{!r}'.format(label, obj)
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError(failure)
    return _text_signature(cls, obj, text, skip_bound, failure)


def _python_defined(value):
    if isinstance(value, (staticmethod, classmethod)):
        value = value.__func__
    return not _is_builtin_callable(value)


def _class_signature(cls, klass, follow, skip_bound):
    # A metaclass with its own __call__ decides what calling the class takes.
    for meta in type(klass).__mro__:
        if meta is type or meta is object:
            break
        call = meta.__dict__.get('__call__')
        if call is not None and _python_defined(call):
            return _without_first(_signature_of(call, follow, False, cls))
    for base in klass.__mro__:
        if base is object:
            return cls([])
        space = base.__dict__
        for hook in ('__new__', '__init__'):
            member = space.get(hook)
            if member is None:
                continue
            if _python_defined(member):
                if isinstance(member, (staticmethod, classmethod)):
                    member = member.__func__
                return _without_first(_signature_of(member, follow, False, cls))
        if base.__module__ == 'builtins':
            if base is type:
                if klass is type:
                    raise ValueError('no signature found for builtin {!r}'.format(klass))
                raise ValueError('callable {!r} is not supported by signature'.format(klass))
            text = getattr(base, '__text_signature__', None)
            if text:
                return _text_signature(cls, klass, text, True,
                                       'no signature found for builtin type {!r}'.format(
                                           klass))
            raise ValueError('no signature found for builtin type {!r}'.format(klass))
    return cls([])


def _signature_of(obj, follow, skip_bound, cls):
    if isinstance(obj, staticmethod):
        return _signature_of(obj.__func__, follow, skip_bound, cls)
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        inner = _signature_of(obj.__func__, follow, skip_bound, cls)
        return _without_first(inner) if skip_bound else inner
    if follow:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_of(obj, follow, skip_bound, cls)
    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(
                declared))
        return declared
    if isfunction(obj):
        return _function_signature(cls, obj)
    if isinstance(obj, functools.partial):
        inner = _signature_of(obj.func, follow, skip_bound, cls)
        return _partial_signature(inner, obj)
    if isinstance(obj, type):
        return _class_signature(cls, obj, follow, skip_bound)
    if _is_builtin_callable(obj):
        return _builtin_signature(cls, obj, skip_bound, '')
    call = _search_classes(type(obj), '__call__')
    if call is not _missing and _python_defined(call):
        return _without_first(_signature_of(call, follow, skip_bound, cls))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ----------------------------------------------------------------------------
# Older argument introspection

FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Get the names and default values of a callable's parameters, as a FullArgSpec.
    Bound methods keep their first ('self') argument."""
    try:
        sig = _signature_of(func, False, False, Signature)
    except Exception:
        raise TypeError('unsupported callable') from None
    args = []
    varargs = None
    varkw = None
    kwonly = []
    defaults = []
    kwdefaults = {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.annotation is not _empty:
            notes[name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)
