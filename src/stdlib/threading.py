"""Threads for tessera, written from CPython 3.11's documentation of `threading`.

Threads are green threads (see `_thread`): one runs at a time, switching every few
milliseconds at the interpreter's safe points and whenever a thread waits, much as
CPython's threads take turns holding the GIL. `settrace`/`setprofile` are not provided
(tessera has no `sys.settrace`), nor `stack_size` beyond `_thread.stack_size`."""

import sys as _sys
import _thread
from _time import monotonic as _time
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'ExceptHookArgs', 'excepthook', 'get_native_id', 'local']

_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local
Lock = _thread.allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (a new RLock unless one is given)."""

    def __init__(self, lock=None):
        self._waiting = _deque()
        self._lock = RLock() if lock is None else lock
        # The lock's own methods, so `cond.acquire()` costs no extra call.
        self.acquire, self.release = self._lock.acquire, self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f'<Condition({self._lock!r}, {len(self._waiting)})>'

    def _owned(self):
        lock = self._lock
        if hasattr(lock, '_is_owned'):
            return lock._is_owned()
        # A plain lock has no owner: it counts as ours when it is held at all.
        if lock.acquire(False):
            lock.release()
            return False
        return True

    def _let_go(self):
        lock = self._lock
        if hasattr(lock, '_release_save'):
            return lock._release_save()
        lock.release()
        return None

    def _take_back(self, saved):
        lock = self._lock
        if hasattr(lock, '_acquire_restore'):
            lock._acquire_restore(saved)
        else:
            lock.acquire()

    def wait(self, timeout=None):
        if not self._owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        # Each waiter sleeps on a lock of its own, taken before the condition's lock is
        # let go, so a notify between the two cannot be missed.
        gate = _allocate_lock()
        gate.acquire()
        self._waiting.append(gate)
        saved = self._let_go()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._take_back(saved)
            if not woken:
                try:
                    self._waiting.remove(gate)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        until = None if timeout is None else _time() + timeout
        while not result:
            if until is None:
                self.wait()
            else:
                left = until - _time()
                if left <= 0:
                    break
                self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiting = self._waiting
        while n > 0 and waiting:
            gate = waiting.popleft()
            n -= 1
            try:
                gate.release()
            except RuntimeError:
                pass

    def notify_all(self):
        self.notify(len(self._waiting))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() takes one from, waiting while it is zero, and release()
    adds to."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value > 0:
                self._value -= 1
                return True
            if not blocking:
                return False
            until = None if timeout is None else _time() + timeout
            while self._value == 0:
                if until is None:
                    self._cond.wait()
                else:
                    left = until - _time()
                    if left <= 0:
                        return False
                    self._cond.wait(left)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        self._add(n, None)

    def _add(self, n, bound):
        if n < 1:
            raise ValueError('n must be one or more')
        cond = self._cond
        with cond:
            value = self._value + n
            if bound is not None and value > bound:
                raise ValueError('Semaphore released too many times')
            self._value = value
            cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        self._add(n, self._initial_value)


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        cls = type(self)
        state = 'set' if self._flag else 'unset'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {state}>'

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def _set_flag(self, flag):
        cond = self._cond
        with cond:
            self._flag = flag
            if flag:
                cond.notify_all()

    def set(self):
        self._set_flag(True)

    def clear(self):
        self._set_flag(False)

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait_for(lambda: self._flag, timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    """One filling of a barrier: how many arrived, and how it ended."""
    __slots__ = ('arrived', 'passed', 'broken')

    def __init__(self):
        self.arrived = 0
        self.passed = False
        self.broken = False


class Barrier:
    """Lets `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._broken = False

    def __repr__(self):
        cls = type(self)
        if self._broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: '
                f'waiters={self.n_waiting}/{self._parties}>')

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            rnd = self._round
            index = rnd.arrived
            rnd.arrived += 1
            if rnd.arrived >= self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break_round()
                        raise
                rnd.passed = True
                self._round = _Round()
                self._cond.notify_all()
                return index
            ended = self._cond.wait_for(lambda: rnd.passed or rnd.broken, timeout)
            if not ended:
                self._break_round()
                raise BrokenBarrierError
            if rnd.broken:
                raise BrokenBarrierError
            return index

    def _break_round(self):
        self._round.broken = True
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._round.arrived:
                self._round.broken = True
                self._cond.notify_all()
            self._round = _Round()
            self._broken = False

    def abort(self):
        with self._cond:
            self._break_round()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0 if self._broken else self._round.arrived

    @property
    def broken(self):
        return self._broken


# Threads by ident once running, and those started but not yet running.
_active = {}
_limbo = {}
_name_counter = 0


def _next_number():
    global _name_counter
    _name_counter += 1
    return _name_counter


class Thread:
    """A thread of control: `run()` (by default, `target(*args, **kwargs)`) runs in it
    once `start()` is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name:
            name = str(name)
        else:
            name = f'Thread-{_next_number()}'
            if target is not None:
                try:
                    name += f' ({target.__name__})'
                except AttributeError:
                    pass
        self._name = name
        self._target, self._args = target, args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._running = _allocate_lock()
        self._stderr = _sys.stderr
        self._invoke_excepthook = _excepthook_caller()
        self._initialized = True

    def __repr__(self):
        if not self._initialized:
            raise AssertionError('Thread.__init__() was not called')
        if self._is_stopped:
            status = 'stopped'
        elif self._started.is_set():
            status = 'started'
        else:
            status = 'initial'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set() or self in _limbo.values():
            raise RuntimeError('threads can only be started once')
        self._running.acquire()
        _limbo[id(self)] = self
        try:
            _thread._green.start(self._bootstrap)
        except Exception:
            del _limbo[id(self)]
            self._running.release()
            raise
        # As in CPython, the new thread runs first, until it has started at least.
        self._started.wait()

    def run(self):
        target = self._target
        try:
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # Drop the references, in case they make cycles with the thread.
            target = self._target = self._args = self._kwargs = None

    def _bootstrap(self):
        ident = get_ident()
        try:
            self._ident = ident
            self._native_id = get_native_id()
            _active[ident] = self
            _limbo.pop(id(self), None)
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                self._invoke_excepthook(self, exc)
        finally:
            _active.pop(ident, None)
            self._is_stopped = True
            self._running.release()
            _thread._forget_thread(ident)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._is_stopped:
            return
        lock = self._running
        if timeout is None:
            got = lock.acquire()
        else:
            got = lock.acquire(True, max(timeout, 0))
        if got:
            lock.release()

    def is_alive(self):
        if not self._initialized:
            raise AssertionError('Thread.__init__() not called')
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._initialized and not self._started.is_set():
            self._daemonic = daemonic
        elif not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        else:
            raise RuntimeError('cannot set daemon status of active thread')

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with `_thread.start_new_thread`."""

    def __init__(self):
        Thread.__init__(self, name=f'Dummy-{_next_number()}', daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        return not self._is_stopped

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    return list(_active.values()) + list(_limbo.values())


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.finished = Event()
        self.function, self.interval = function, interval
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# excepthook

def _make_hook_args():
    from collections import namedtuple
    fields = namedtuple('_ExceptHookArgs', 'exc_type exc_value exc_traceback thread')

    class _ExceptHookArgs(fields):
        """What `excepthook` receives (made from one 4-item sequence)."""
        __slots__ = ()

        def __new__(cls, seq):
            return fields.__new__(cls, *seq)

    _ExceptHookArgs.__module__ = '_thread'
    return _ExceptHookArgs


ExceptHookArgs = _make_hook_args()
_thread._ExceptHookArgs = ExceptHookArgs


def excepthook(args, /):
    """Prints an exception a thread's run() raised (SystemExit is silent)."""
    if args.exc_type is SystemExit:
        return
    err = _sys.stderr
    if err is None and args.thread is not None:
        err = args.thread._stderr
    if err is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    err.write(f'Exception in thread {name}:\n')
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=err)
    try:
        err.flush()
    except Exception:
        pass


__excepthook__ = excepthook


def _excepthook_caller():
    def invoke(thread, exc):
        hook = globals()['excepthook']
        try:
            hook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
        except Exception as err:
            err.__suppress_context__ = True
            try:
                _sys.stderr.write('Exception in threading.excepthook:\n')
                import traceback
                traceback.print_exception(type(err), err, err.__traceback__,
                                          file=_sys.stderr)
            except Exception:
                pass
    return invoke


# Interpreter exit

_exit_callbacks = []


def _register_atexit(func, *arg, **kwargs):
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_callbacks.append((func, arg, kwargs))


_shutting_down = False


def _shutdown():
    """Run by the interpreter when the main program ends: waits for every thread that
    is not a daemon."""
    global _shutting_down
    _shutting_down = True
    main = _main_thread
    for func, arg, kwargs in reversed(_exit_callbacks):
        func(*arg, **kwargs)
    while True:
        others = [t for t in enumerate()
                  if t is not main and not t.daemon and not isinstance(t, _DummyThread)
                  and t._started.is_set() and not t._is_stopped]
        if not others:
            break
        for t in others:
            t.join()
    main._is_stopped = True
    try:
        main._running.release()
    except RuntimeError:
        pass


_main_thread = _MainThread()
_main_thread._running.acquire()
