"""Context variables for tessera, written from the documentation of CPython 3.11's
contextvars module and its observed behaviour.

A Context holds a mapping from ContextVar to value. The mapping is never changed in
place: setting a variable replaces the context's mapping by a new one, so copying a
context is one reference (the copy shares the mapping until one of them is written),
which is what CPython's immutable mapping gives too. tessera runs one thread, so there
is one current context at a time.
"""

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']


class _Final:
    """Classes of this module cannot be subclassed, as in CPython."""

    def __init_subclass__(cls, **kwargs):
        if _Final in cls.__bases__:
            return
        raise TypeError(f"type '_contextvars.{cls.__mro__[1].__name__}' "
                        'is not an acceptable base type')


def _readonly(self, *value):
    raise AttributeError('readonly attribute')


def _address(obj):
    return '0x%x' % id(obj)


class Context(_Final):
    """A mapping of context variables to their values; ``run`` makes it current."""

    __module__ = '_contextvars'

    def __hash__(self):
        # CPython names the built-in type with its module in this message.
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._vars = {}
        self._entered = False

    def run(*args, **kwargs):
        """Calls `callable` with this context current; restores the previous one after."""
        if len(args) < 2:
            raise TypeError('run() missing 1 required positional argument')
        self, callable, *args = args
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        outer = _state.current
        self._entered = True
        _state.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.current = outer
            self._entered = False

    def copy(self):
        """A new context with the same variables."""
        return _sharing(self._vars)

    @staticmethod
    def _key(var):
        if not isinstance(var, ContextVar):
            raise TypeError(f'a ContextVar key was expected, got {var!r}')
        return var

    def __getitem__(self, var):
        return self._vars[self._key(var)]

    def get(self, *args):
        if not args:
            raise TypeError('get expected at least 1 argument, got 0')
        if len(args) > 2:
            raise TypeError(f'get expected at most 2 arguments, got {len(args)}')
        var, default = args if len(args) == 2 else (args[0], None)
        return self._vars.get(self._key(var), default)

    def __contains__(self, var):
        return self._key(var) in self._vars

    def __iter__(self):
        return iter(self._vars)

    def __len__(self):
        return len(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    def __repr__(self):
        return f'<_contextvars.Context object at {_address(self)}>'


class _State:
    # `current` is the current Context. (No class attribute of that name: an instance
    # attribute shadowing one is slower to read and write.) asyncio's Handle enters
    # contexts inline, as Context.run does, for speed: it reads and writes `current`,
    # `Context._vars` and `Context._entered` directly.
    pass


_state = _State()
_state.current = Context()


def _sharing(vars):
    # A context over mapping `vars` (never changed in place), without Context()'s checks:
    # the event loop makes one for every callback.
    ctx = _new_object(Context)
    ctx._vars = vars
    ctx._entered = False
    return ctx


_new_object = object.__new__


def copy_context():
    """A copy of the current context."""
    return _sharing(_state.current._vars)


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()
_NO_DEFAULT = object()
_minting = [False]


class ContextVar(_Final):
    """A context variable: its value is looked up in the current context."""

    __module__ = '_contextvars'

    def __init__(self, *args, **kwargs):
        # Arguments checked in CPython's order and words: ContextVar(name, *, default).
        given = len(args) + len(kwargs)
        if given > 2:
            raise TypeError(f'ContextVar() takes at most 2 arguments ({given} given)')
        if len(args) != 1:
            if not args:
                raise TypeError('ContextVar() takes exactly 1 positional argument (0 given)')
            raise TypeError(f'ContextVar() takes at most 1 positional argument '
                            f'({len(args)} given)')
        for key in kwargs:
            if key != 'default':
                raise TypeError(f'{key!r} is an invalid keyword argument for ContextVar()')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = kwargs.get('default', _NO_DEFAULT)

    name = property(lambda self: self._name, _readonly, _readonly)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def get(self, *default, **kwargs):
        if kwargs:
            raise TypeError('ContextVar.get() takes no keyword arguments')
        if len(default) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(default)}')
        vars = _state.current._vars
        if self in vars:
            return vars[self]
        if default:
            return default[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        value = args[0]
        ctx = _state.current
        old = ctx._vars.get(self, _MISSING)
        _minting[0] = True
        try:
            token = Token()
        finally:
            _minting[0] = False
        token._context = ctx
        token._var = self
        token._old = old
        changed = dict(ctx._vars)
        changed[self] = value
        ctx._vars = changed
        return token

    def reset(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.reset() takes exactly one argument '
                            f'({len(args)} given)')
        token = args[0]
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _state.current
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        changed = dict(ctx._vars)
        if token._old is _MISSING:
            changed.pop(self, None)
        else:
            changed[self] = token._old
        ctx._vars = changed
        token._used = True

    def __hash__(self):
        return object.__hash__(self)

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {_address(self)}>'


class Token(_Final):
    """What ``ContextVar.set`` returns: ``ContextVar.reset`` undoes that set with it."""

    __module__ = '_contextvars'
    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        if not _minting[0]:
            raise RuntimeError('Tokens can only be created by ContextVars')
        self._used = False

    def _fixed(name):
        def refuse(self, *value):
            raise AttributeError(f"attribute '{name}' of '_contextvars.Token' objects "
                                 'is not writable')
        return refuse

    var = property(lambda self: self._var, _fixed('var'), _fixed('var'))
    old_value = property(lambda self: self._old, _fixed('old_value'), _fixed('old_value'))
    del _fixed

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {_address(self)}>'
