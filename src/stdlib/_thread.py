"""Low-level threads for tessera, written from CPython 3.11's documentation of `_thread`.

Threads are green threads of the VM (src/vm/threads.rs, through the Rust module
`_green`): they take turns on one OS thread, switching at the interpreter's safe points
and whenever one waits. A lock is a flag plus a queue of waiters kept by the VM: taking a
free lock never switches; a thread that finds it taken sleeps until a release wakes it."""

import _green
from _time import monotonic as _monotonic

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_block = _green.block
_wake = _green.wake
get_ident = _green.get_ident


def get_native_id():
    return _green.get_ident()


def _timeout_arg(blocking, timeout):
    """Checks an acquire timeout that is not the default -1; returns it as a float."""
    if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
        t = float(timeout)
    else:
        t = float(timeout.__index__())
    if not blocking:
        if t != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return t
    if t < 0 and t != -1:
        raise ValueError("timeout value must be positive")
    if t > 9.2e18:
        raise OverflowError("timestamp out of range for platform time_t")
    if t > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return t


class lock:
    """A primitive lock: held by nobody or by one thread (any thread may release it)."""

    __slots__ = ('_held',)

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if timeout != -1 or timeout.__class__ is not int:
            timeout = _timeout_arg(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        key = id(self)
        if timeout < 0:
            while self._held:
                _block(key, -1)
        elif timeout == 0:
            return False
        else:
            until = _monotonic() + timeout
            while self._held:
                left = until - _monotonic()
                if left <= 0:
                    return False
                _block(key, left)
        self._held = True
        return True

    acquire_lock = acquire
    __enter__ = acquire

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False
        _wake(id(self), 1)

    release_lock = release

    def __exit__(self, *exc):
        self.release()

    def locked(self):
        return self._held

    locked_lock = locked

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return f'<{state} _thread.lock object at {id(self):#x}>'


LockType = lock


def allocate_lock(*args):
    if args:
        raise TypeError(f'_thread.allocate_lock() takes no arguments ({len(args)} given)')
    return lock()


allocate = allocate_lock


class RLock:
    """A reentrant lock: its owner may take it again; it is free once every acquire
    has had its release."""

    __slots__ = ('_lock', '_owner', '_count')

    def __init__(self, *args, **kwargs):
        self._lock = lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            if timeout != -1 or timeout.__class__ is not int:
                _timeout_arg(blocking, timeout)
            self._count += 1
            return True
        if not self._lock.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        saved = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._lock.release()
        return saved

    def _acquire_restore(self, saved):
        self._lock.acquire()
        self._count, self._owner = saved

    def _at_fork_reinit(self):
        self._lock = lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        cls = type(self)
        name = f'{cls.__module__}.{cls.__qualname__}'
        return (f'<{state} {name} object owner={self._owner or 0} '
                f'count={self._count} at {id(self):#x}>')


# Per-thread data of `_local` objects: thread ident -> {id(local): (local, dict)}, so a
# thread's data goes when the thread ends.
_local_data = {}


def _forget_thread(ident):
    _local_data.pop(ident, None)


class _local:
    """Thread-local data: each thread sees its own attributes. A subclass's __init__
    runs again, with the original arguments, in every thread that uses the object."""

    __slots__ = ('_local__args',)

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kwargs))
        _local_dict(self, True)
        return self

    def __getattribute__(self, name):
        d = _local_dict(self, False)
        if name == '__dict__':
            return d
        if name in d and not _data_descriptor(type(self), name):
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        d = _local_dict(self, False)
        if _data_descriptor(type(self), name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                f"'{type(self).__name__}' object attribute '__dict__' is read-only")
        d = _local_dict(self, False)
        if _data_descriptor(type(self), name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'")


def _data_descriptor(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            v = c.__dict__[name]
            return isinstance(v, property) or hasattr(type(v), '__set__')
    return False


def _local_dict(obj, creating):
    """The calling thread's attribute dict of `obj`, made (and the subclass's __init__
    run) on the thread's first use."""
    per_thread = _local_data.get(get_ident())
    if per_thread is None:
        per_thread = _local_data[get_ident()] = {}
    entry = per_thread.get(id(obj))
    if entry is not None:
        return entry[1]
    d = {}
    per_thread[id(obj)] = (obj, d)
    if not creating:
        cls = type(obj)
        if cls.__init__ is not object.__init__:
            args, kwargs = object.__getattribute__(obj, '_local__args')
            cls.__init__(obj, *args, **kwargs)
    return d


_local.__module__ = '_thread'


def _run_new_thread(function, args, kwargs):
    try:
        function(*args, **kwargs)
    except SystemExit:
        pass
    except BaseException as exc:
        import sys
        import traceback
        err = sys.stderr
        if err is not None:
            err.write(f'Exception ignored in thread started by: {function!r}\n')
            traceback.print_exception(type(exc), exc, exc.__traceback__, file=err)
    finally:
        _forget_thread(get_ident())


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError('2nd arg must be a tuple')
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError('optional 3rd arg must be a dictionary')
    if not callable(function):
        raise TypeError('first arg must be callable')
    kwargs = {} if kwargs is None else kwargs
    return _green.start(lambda: _run_new_thread(function, args, kwargs))


start_new = start_new_thread


def _count():
    """Threads started here that have not ended (the main thread not counted)."""
    return _green.count() - 1


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    import signal
    signal.raise_signal(signum)


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError('size not valid: 32768 bytes')
    if size != 0:
        raise error('setting the stack size is not supported: every thread gets '
                    f'{_green.stack_size} bytes')
    return 0
