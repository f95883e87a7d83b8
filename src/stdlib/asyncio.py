"""Asynchronous I/O for tessera: a single-threaded event loop with futures, tasks and
the synchronisation primitives, written for tessera from the documentation of CPython
3.11's asyncio package and its observed behaviour.

tessera has no threads, sockets or subprocesses here: the loop runs callbacks, timers
and tasks; ``run_in_executor`` calls the function in place (synchronously) and hands
back a finished future. Timers use the real clock (``time.monotonic``): the loop sleeps
until the next one is due.
"""

import sys
import contextvars as _contextvars
from contextvars import _state as _cv_state, _sharing as _cv_sharing
import time as _time
import heapq as _heapq
from collections import deque as _deque

_NO_VARS = {}
_spare_context = _cv_sharing(_NO_VARS)

__all__ = [
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty', 'QueueFull',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'Future', 'Task', 'Handle', 'TimerHandle', 'AbstractEventLoop', 'BaseEventLoop',
    'SelectorEventLoop', 'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
    'get_event_loop_policy', 'set_event_loop_policy',
    'run', 'Runner', 'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_running_loop', 'create_task', 'current_task', 'all_tasks', 'ensure_future',
    'isfuture', 'iscoroutine', 'iscoroutinefunction', 'sleep', 'gather', 'wait',
    'wait_for', 'as_completed', 'shield', 'timeout', 'timeout_at', 'Timeout', 'TaskGroup',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'Queue', 'LifoQueue', 'PriorityQueue', 'Event', 'Lock', 'Semaphore',
    'BoundedSemaphore', 'Condition',
]


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The operation was cancelled (a BaseException since Python 3.8)."""


class InvalidStateError(Exception):
    """A Future or Task is not in the state the operation needs."""


TimeoutError = TimeoutError


class SendfileNotAvailableError(RuntimeError):
    pass


class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        what = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {what} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class QueueEmpty(Exception):
    """Raised by ``get_nowait()`` on an empty queue."""


class QueueFull(Exception):
    """Raised by ``put_nowait()`` on a full queue."""


for _cls in (CancelledError, InvalidStateError, SendfileNotAvailableError,
             IncompleteReadError, LimitOverrunError):
    _cls.__module__ = 'asyncio.exceptions'
QueueEmpty.__module__ = QueueFull.__module__ = 'asyncio.queues'


# ---------------------------------------------------------------- helpers

_CO_COROUTINE = 0x80


def iscoroutinefunction(func):
    """True for an ``async def`` function (or a method of one)."""
    func = getattr(func, '__func__', func)
    while hasattr(func, '__wrapped__') and not hasattr(func, '__code__'):
        func = func.__wrapped__
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & _CO_COROUTINE)


async def _probe_coroutine():
    pass


_probe = _probe_coroutine()
_CoroutineType = type(_probe)
_probe.close()
del _probe


def iscoroutine(obj):
    """True for a coroutine object."""
    return isinstance(obj, _CoroutineType)


def isfuture(obj):
    """True for a Future (or Task) of this module."""
    return isinstance(obj, Future)


def _describe_callable(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return name if name else repr(fn)


def _report(loop, message, exc=None, **extra):
    context = {'message': message}
    if exc is not None:
        context['exception'] = exc
    context.update(extra)
    if loop is None:
        _default_report(context)
    else:
        loop.call_exception_handler(context)


def _default_report(context):
    parts = [context.get('message') or 'Unhandled exception in event loop']
    for key in sorted(context):
        if key in ('message', 'exception'):
            continue
        parts.append(f'{key}: {context[key]!r}')
    exc = context.get('exception')
    if exc is not None:
        parts.append(f'exception: {type(exc).__name__}: {exc}')
    print('\n'.join(parts), file=sys.stderr)


# ---------------------------------------------------------------- handles

class Handle:
    """A callback scheduled with ``call_soon``: ``cancel()`` keeps it from running."""

    def __init__(self, callback, args, loop, context=None):
        self._fn = callback
        self._args = args
        self._loop = loop
        self._dead = False
        self._context = context
        if context is None:
            # The callback runs in a copy of the current context. A copy is its mapping
            # (never changed in place): keep that, and make a Context only when needed.
            self._vars = _cv_state.current._vars

    def cancel(self):
        self._dead = True
        self._fn = self._args = None

    def cancelled(self):
        return self._dead

    def get_context(self):
        if self._context is None:
            self._context = _cv_sharing(self._vars)
        return self._context

    def _fire(self):
        # Context.run(self._fn, *self._args), inline: this runs for every callback.
        global _spare_context
        outer = _cv_state.current
        ctx = self._context
        try:
            if ctx is None and outer is not _spare_context:
                # No context of its own: run in the loop's spare context over the copied
                # mapping. (Loops do not nest, so the spare is free; user code never holds
                # it, so it needs no entered flag.) If the callback set a variable, a
                # token may now name the spare: leave it to the callback, make another.
                ctx = _spare_context
                ctx._vars = self._vars
                _cv_state.current = ctx
                try:
                    self._fn(*self._args)
                finally:
                    _cv_state.current = outer
                    if ctx._vars is self._vars:
                        ctx._vars = _NO_VARS
                    else:
                        _spare_context = _cv_sharing(_NO_VARS)
                return
            if ctx is None:
                ctx = self._context = _cv_sharing(self._vars)
            if ctx._entered:
                raise RuntimeError(f'cannot enter context: {ctx!r} is already entered')
            ctx._entered = True
            _cv_state.current = ctx
            try:
                self._fn(*self._args)
            finally:
                _cv_state.current = outer
                ctx._entered = False
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _report(self._loop, f'Exception in callback {_describe_callable(self._fn)}',
                    exc, handle=self)

    def __repr__(self):
        state = ' cancelled' if self._dead else ''
        what = '' if self._dead else ' ' + _describe_callable(self._fn) + '()'
        return f'<{type(self).__name__}{state}{what}>'


class TimerHandle(Handle):
    """A callback scheduled for a time of the loop's clock."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._due = when
        self._order = 0

    def when(self):
        return self._due

    def __lt__(self, other):
        return (self._due, self._order) < (other._due, other._order)

    def __repr__(self):
        return super().__repr__()[:-1] + f' when={self._due}>'


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """The eventual result of an operation; ``await`` it to get the result."""

    _loop = None

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._value = None
        self._error = None
        self._cancel_text = None
        self._listeners = []
        self._retrieved = False

    def get_loop(self):
        return self._loop

    # -- state queries

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancellation(self):
        if self._cancel_text is None:
            return CancelledError()
        return CancelledError(self._cancel_text)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancellation()
        if self._state == _PENDING:
            raise InvalidStateError('Result is not set.')
        self._retrieved = True
        if self._error is not None:
            raise self._error
        return self._value

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancellation()
        if self._state == _PENDING:
            raise InvalidStateError('Exception is not set.')
        self._retrieved = True
        return self._error

    # -- completion

    def _complete(self, state):
        self._state = state
        listeners, self._listeners = self._listeners, []
        for fn, context in listeners:
            self._loop.call_soon(fn, self, context=context)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._value = result
        self._complete(_FINISHED)

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and '
                            'cannot be raised into a Future')
        self._error = exception
        self._complete(_FINISHED)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._cancel_text = msg
        self._complete(_CANCELLED)
        return True

    # -- callbacks

    def add_done_callback(self, fn, *, context=None):
        if self._state == _PENDING:
            # Without a context, the callback gets a copy of the current one (taken now).
            if context is None:
                context = _contextvars.copy_context()
            self._listeners.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        kept = [(f, c) for f, c in self._listeners if f != fn]
        removed = len(self._listeners) - len(kept)
        self._listeners = kept
        return removed

    # -- awaiting

    def __await__(self):
        if self._state == _PENDING:
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _state_text(self):
        if self._state == _FINISHED:
            if self._error is not None:
                return f'finished exception={self._error!r}'
            return f'finished result={self._value!r}'
        return self._state.lower()

    def __repr__(self):
        return f'<{type(self).__name__} {self._state_text()}>'


Future.__module__ = 'asyncio.futures'


def _copy_outcome(source, target):
    """Makes pending future `target` end the way finished future `source` did."""
    if target.done():
        return
    if source.cancelled():
        target.cancel(source._cancel_text)
    elif source._error is not None:
        target.set_exception(source._error)
    else:
        target.set_result(source._value)


# ---------------------------------------------------------------- tasks

_task_serial = [0]
_running_tasks = {}     # loop -> the task whose coroutine is running
_live_tasks = []        # every task not yet done


class Task(Future):
    """A coroutine scheduled to run on the loop, itself a Future of its result."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro) and not _is_coroutine_like(coro):
            self._state = _CANCELLED
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        _task_serial[0] += 1
        self._label = f'Task-{_task_serial[0]}' if name is None else str(name)
        self._coro = coro
        self._awaiting = None           # the future the coroutine waits on
        self._pending_cancel = None     # (message,) when cancel() must reach the coroutine
        self._cancel_count = 0
        self._context = _contextvars.copy_context() if context is None else context
        _live_tasks.append(self)
        self._loop.call_soon(self._advance, None, context=self._context)

    def get_coro(self):
        """The coroutine the task runs."""
        return self._coro

    def get_name(self):
        """The task's name (``Task-N`` unless one was given)."""
        return self._label

    def set_name(self, value):
        self._label = str(value)

    def get_stack(self, *, limit=None):
        return []

    def print_stack(self, *, limit=None, file=None):
        pass

    def cancelling(self):
        return self._cancel_count

    def uncancel(self):
        if self._cancel_count > 0:
            self._cancel_count -= 1
        return self._cancel_count

    # A task's outcome is its coroutine's: these two are refused.
    def set_result(self, result):
        _refuse_on_task('set_result')

    def set_exception(self, exception):
        _refuse_on_task('set_exception')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_count += 1
        waited = self._awaiting
        if waited is not None and waited.cancel(msg=msg):
            # The coroutine sees the CancelledError when the cancelled future wakes it.
            return True
        self._pending_cancel = (msg,)
        return True

    def _finish(self, state, value=None, error=None, cancel_text=None):
        if self in _live_tasks:
            _live_tasks.remove(self)
        if state == _CANCELLED:
            self._cancel_text = cancel_text
        elif error is not None:
            self._error = error
        else:
            self._value = value
        self._complete(state)

    def _advance(self, thrown):
        """Runs the coroutine up to its next suspension; `thrown` is raised into it."""
        if self.done():
            return
        if self._pending_cancel is not None:
            (msg,) = self._pending_cancel
            self._pending_cancel = None
            if not isinstance(thrown, CancelledError):
                thrown = CancelledError() if msg is None else CancelledError(msg)
        self._awaiting = None
        loop = self._loop
        previous = _running_tasks.get(loop)
        _running_tasks[loop] = self
        try:
            if thrown is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(thrown)
        except StopIteration as stop:
            if self._pending_cancel is not None:
                self._finish(_CANCELLED, cancel_text=self._pending_cancel[0])
            else:
                self._finish(_FINISHED, value=stop.value)
        except CancelledError as exc:
            self._finish(_CANCELLED, cancel_text=exc.args[0] if exc.args else None)
        except (KeyboardInterrupt, SystemExit) as exc:
            self._finish(_FINISHED, error=exc)
            raise
        except BaseException as exc:
            self._finish(_FINISHED, error=exc)
        else:
            self._suspend_on(yielded)
        finally:
            if previous is None:
                _running_tasks.pop(loop, None)
            else:
                _running_tasks[loop] = previous

    def _suspend_on(self, yielded):
        loop = self._loop
        if yielded is None:
            # A bare yield (sleep(0)): run again on the next loop iteration.
            loop.call_soon(self._advance, None, context=self._context)
        elif isinstance(yielded, Future):
            if yielded._loop is not loop:
                err = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a '
                                   'different loop')
                loop.call_soon(self._advance, err, context=self._context)
            elif yielded is self:
                loop.call_soon(self._advance,
                               RuntimeError(f'Task cannot await on itself: {self!r}'),
                               context=self._context)
            else:
                self._awaiting = yielded
                yielded.add_done_callback(self._resume_after, context=self._context)
                if self._pending_cancel is not None:
                    if yielded.cancel(msg=self._pending_cancel[0]):
                        self._pending_cancel = None
        else:
            loop.call_soon(self._advance, RuntimeError(f'Task got bad yield: {yielded!r}'),
                           context=self._context)

    def _resume_after(self, fut):
        try:
            fut.result()
        except BaseException as exc:
            self._advance(exc)
        else:
            self._advance(None)

    def __repr__(self):
        text = self._state_text()
        coro = getattr(self._coro, '__qualname__', None) or repr(self._coro)
        return f"<Task {text} name='{self._label}' coro=<{coro}()>>"


Task.__module__ = 'asyncio.tasks'


def _refuse_on_task(operation):
    raise RuntimeError(f'Task does not support {operation} operation')


def _is_coroutine_like(obj):
    return hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, '__await__')


def current_task(loop=None):
    """The task running now (None outside tasks)."""
    if loop is None:
        loop = get_running_loop()
    return _running_tasks.get(loop)


def all_tasks(loop=None):
    """The tasks of the loop that are not done yet."""
    if loop is None:
        loop = get_running_loop()
    return {t for t in _live_tasks if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop; returns its Task."""
    loop = get_running_loop()
    return loop.create_task(coro, name=name, context=context)


def ensure_future(coro_or_future, *, loop=None):
    """A Future for the argument: itself for a Future, a Task for a coroutine, or the
    Future that awaits any other awaitable."""
    if isinstance(coro_or_future, Future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than the one '
                             'specified as the loop argument')
        return coro_or_future
    if loop is None:
        loop = _loop_for_new_task()
    if iscoroutine(coro_or_future):
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        return loop.create_task(_await_it(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


async def _await_it(awaitable):
    return await awaitable


def _loop_for_new_task():
    loop = _running_loop[0]
    return loop if loop is not None else get_event_loop()


# ---------------------------------------------------------------- the event loop

class AbstractEventLoop:
    """The interface of event loops."""


class BaseEventLoop(AbstractEventLoop):
    """A single-threaded event loop: ready callbacks, timers and tasks."""

    def __init__(self):
        self._ready = _deque()
        self._timers = []           # heap of TimerHandle
        self._timer_serial = 0
        self._stop_asked = False
        self._is_running = False
        self._is_closed = False
        self._debug = False
        self._handler = None
        self._agens = []

    def __repr__(self):
        return (f'<{type(self).__name__} running={self._is_running} '
                f'closed={self._is_closed} debug={self._debug}>')

    # -- state

    def is_running(self):
        return self._is_running

    def is_closed(self):
        return self._is_closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def time(self):
        return _time.monotonic()

    def _check_open(self):
        if self._is_closed:
            raise RuntimeError('Event loop is closed')

    # -- scheduling

    def call_soon(self, callback, *args, context=None):
        self._check_open()
        if self._debug and not callable(callback):
            raise TypeError('a callable object was expected by call_soon(), '
                            f'got {callback!r}')
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        self._check_open()
        if self._debug and not callable(callback):
            raise TypeError('a callable object was expected by call_at(), '
                            f'got {callback!r}')
        h = TimerHandle(when, callback, args, self, context)
        self._timer_serial += 1
        h._order = self._timer_serial
        _heapq.heappush(self._timers, h)
        return h

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_open()
        return Task(coro, loop=self, name=name, context=context)

    def run_in_executor(self, executor, func, *args):
        """Calls ``func(*args)`` now, in place (tessera has no threads), and returns a
        finished future with its result or exception."""
        self._check_open()
        outcome = self.create_future()
        failure = None
        try:
            value = func(*args)
        except Exception as exc:
            failure = exc
        if failure is None:
            outcome.set_result(value)
        else:
            outcome.set_exception(failure)
        return outcome

    def set_default_executor(self, executor):
        pass

    async def shutdown_default_executor(self):
        pass

    async def shutdown_asyncgens(self):
        pending, self._agens = self._agens, []
        for agen in pending:
            try:
                await agen.aclose()
            except Exception as exc:
                _report(self, 'an error occurred during closing of asynchronous '
                        'generator', exc, asyncgen=agen)

    # -- exception handling

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        _default_report(context)

    def call_exception_handler(self, context):
        if self._handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            _default_report({'message': 'Unhandled error in exception handler',
                             'exception': exc, 'context': context})

    # -- running

    def _iterate(self):
        """One pass: wait for the next timer if nothing is ready, move due timers to the
        ready queue, then run the callbacks that were ready at the start."""
        timers = self._timers
        while timers and timers[0]._dead:
            _heapq.heappop(timers)
        if not self._ready and timers and not self._stop_asked:
            pause = timers[0]._due - self.time()
            if pause > 0:
                _time.sleep(pause)
        now = self.time()
        while timers and timers[0]._due <= now:
            h = _heapq.heappop(timers)
            if not h._dead:
                self._ready.append(h)
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._dead:
                h._fire()

    def run_forever(self):
        self._check_open()
        if self._is_running:
            raise RuntimeError('This event loop is already running')
        if _running_loop[0] is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._is_running = True
        _running_loop[0] = self
        try:
            while True:
                if not self._ready and not self._timers and not self._stop_asked:
                    # Nothing can ever happen again.
                    break
                self._iterate()
                if self._stop_asked:
                    break
        finally:
            self._stop_asked = False
            self._is_running = False
            _running_loop[0] = None

    def run_until_complete(self, future):
        self._check_open()
        if self._is_running:
            raise RuntimeError('This event loop is already running')
        fresh = not isinstance(future, Future)
        fut = ensure_future(future, loop=self)

        def halt(_):
            self.stop()

        fut.add_done_callback(halt)
        try:
            self.run_forever()
        except BaseException:
            if fresh and fut.done() and not fut.cancelled():
                fut.exception()
            raise
        finally:
            fut.remove_done_callback(halt)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

    def stop(self):
        self._stop_asked = True

    def close(self):
        if self._is_running:
            raise RuntimeError('Cannot close a running event loop')
        self._is_closed = True
        self._ready.clear()
        self._timers = []


SelectorEventLoop = BaseEventLoop


# ---------------------------------------------------------------- loop access

_running_loop = [None]
_current_loop = [None]


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def get_event_loop(self):
        if _current_loop[0] is None:
            _current_loop[0] = self.new_event_loop()
        return _current_loop[0]

    def set_event_loop(self, loop):
        _current_loop[0] = loop

    def new_event_loop(self):
        return SelectorEventLoop()


_policy = [DefaultEventLoopPolicy()]


def get_event_loop_policy():
    return _policy[0]


def set_event_loop_policy(policy):
    _policy[0] = policy if policy is not None else DefaultEventLoopPolicy()


def get_running_loop():
    """The loop running in this thread; RuntimeError when none is."""
    if _running_loop[0] is not None:
        return _running_loop[0]
    raise RuntimeError('no running event loop')


def _get_running_loop():
    return _running_loop[0]


def get_event_loop():
    """The running loop, else the current loop of the policy (made when missing)."""
    loop = _running_loop[0]
    if loop is not None:
        return loop
    return _policy[0].get_event_loop()


def set_event_loop(loop):
    _policy[0].set_event_loop(loop)


def new_event_loop():
    return _policy[0].new_event_loop()


# ---------------------------------------------------------------- run

def _cancel_leftovers(loop):
    left = [t for t in _live_tasks if t._loop is loop and not t.done()]
    if not left:
        return
    for t in left:
        t.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))
    for t in left:
        if t.cancelled():
            continue
        if t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })


class Runner:
    """Runs coroutines on one loop that it makes and closes (``with Runner() as r``)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._factory = loop_factory
        self._loop = None
        self._finished = False

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def _ensure_loop(self):
        if self._finished:
            raise RuntimeError('Runner is closed')
        if self._loop is None:
            self._loop = new_event_loop() if self._factory is None else self._factory()
            if self._factory is None:
                set_event_loop(self._loop)
            if self._debug is not None:
                self._loop.set_debug(self._debug)
            # Every run() without a context of its own shares this copy (so a variable
            # set in one run is seen by the next), as in CPython.
            self._context = _contextvars.copy_context()

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running_loop[0] is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ensure_loop()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def close(self):
        if self._finished or self._loop is None:
            self._finished = True
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            if self._factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._finished = True


def run(main, *, debug=None):
    """Runs coroutine `main` on a new event loop, then cancels what is left, closes the
    loop and returns main's result."""
    if _running_loop[0] is not None:
        main_close = getattr(main, 'close', None)
        if iscoroutine(main) and main_close is not None:
            main_close()
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


# ---------------------------------------------------------------- sleeping

class _NextTurn:
    """Awaiting this gives the loop one turn (a bare yield to the task)."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends the calling task for `delay` seconds; ``sleep(0)`` just lets the other
    tasks run."""
    if delay <= 0:
        await _NextTurn()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, _settle, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


def _settle(fut, value):
    if not fut.done():
        fut.set_result(value)


# ---------------------------------------------------------------- timeouts

class Timeout:
    """``async with asyncio.timeout(delay)``: cancels the task when the deadline passes
    and turns that cancellation into TimeoutError on the way out."""

    def __init__(self, when):
        self._deadline = when
        self._phase = 'created'
        self._task = None
        self._timer = None

    def when(self):
        return self._deadline

    def reschedule(self, when):
        if self._phase != 'active':
            raise RuntimeError('Timeout has not been entered' if self._phase == 'created'
                               else f'Cannot change state of {self._phase} Timeout')
        self._deadline = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._expire)
            else:
                self._timer = loop.call_at(when, self._expire)

    def expired(self):
        return self._phase in ('expiring', 'expired')

    def _expire(self):
        self._phase = 'expiring'
        self._timer = None
        self._task.cancel()

    def __repr__(self):
        extra = f' when={self._deadline}' if self._phase == 'active' else ''
        return f'<Timeout [{self._phase}]{extra}>'

    async def __aenter__(self):
        if self._phase != 'created':
            raise RuntimeError('Timeout has already been entered')
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._phase = 'active'
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._phase == 'expiring':
            self._phase = 'expired'
            if self._task.uncancel() == 0 and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._phase == 'active':
            self._phase = 'finished'
        return None


def timeout(delay):
    """A Timeout expiring `delay` seconds from now (None: never)."""
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """A Timeout expiring at time `when` of the loop's clock."""
    return Timeout(when)


async def wait_for(fut, timeout):
    """Awaits `fut` for at most `timeout` seconds: on expiry it is cancelled and
    TimeoutError raised."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        try:
            await fut
        except CancelledError as exc:
            raise TimeoutError from exc
        raise TimeoutError
    async with Timeout(loop.time() + timeout):
        return await fut


# ---------------------------------------------------------------- task groups

class TaskGroup:
    """``async with asyncio.TaskGroup() as tg``: tasks made with ``tg.create_task`` are
    all awaited when the block ends. The first failure cancels the rest (and the block,
    if it is still running); the failures are then raised together in an exception
    group, unless one was a KeyboardInterrupt or SystemExit, which is raised alone."""

    def __init__(self):
        self._loop = None
        self._owner = None          # the task running the ``async with`` block
        self._entered = False
        self._leaving = False       # __aexit__ has started
        self._stopping = False      # the members have been told to cancel
        self._members = []
        self._failures = []
        self._fatal = None          # the first KeyboardInterrupt / SystemExit
        self._owner_cancelled = False
        self._wakeup = None

    def __repr__(self):
        words = []
        if self._members:
            words.append(f'tasks={len(self._members)}')
        if self._failures:
            words.append(f'errors={len(self._failures)}')
        if self._stopping:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup' + ''.join(' ' + w for w in words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = get_running_loop()
        self._owner = current_task(self._loop)
        if self._owner is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._leaving and not self._members:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._stopping:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        self._members.append(task)
        task.add_done_callback(self._member_done)
        return task

    def _stop_members(self):
        self._stopping = True
        for task in self._members:
            if not task.done():
                task.cancel()

    def _member_done(self, task):
        if task in self._members:
            self._members.remove(task)
        if not task.cancelled():
            problem = task.exception()
            if problem is not None:
                self._failures.append(problem)
                if self._fatal is None and isinstance(problem, (KeyboardInterrupt, SystemExit)):
                    self._fatal = problem
                self._stop_members()
                # The block is still running: interrupt it too.
                if not self._leaving and not self._owner_cancelled and not self._owner.done():
                    self._owner_cancelled = True
                    self._owner.cancel()
        if self._leaving and not self._members:
            wakeup = self._wakeup
            if wakeup is not None and not wakeup.done():
                wakeup.set_result(None)

    async def __aexit__(self, exc_type, exc, tb):
        self._leaving = True
        outer_cancel = None
        if exc is not None:
            if isinstance(exc, CancelledError):
                outer_cancel = exc
            else:
                if self._fatal is None and isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    self._fatal = exc
                self._failures.append(exc)
            self._stop_members()
        while self._members:
            self._wakeup = self._loop.create_future()
            try:
                await self._wakeup
            except CancelledError as cancel:
                # Cancelled while waiting: pass it on once the members are gone.
                if outer_cancel is None:
                    outer_cancel = cancel
                self._stop_members()
            finally:
                self._wakeup = None
        if self._owner_cancelled and self._owner.uncancel() == 0:
            # The cancellation was ours, made to stop the block: it goes no further.
            outer_cancel = None
        if self._fatal is not None:
            raise self._fatal
        if self._failures:
            failures, self._failures = self._failures, []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', failures) from None
        if outer_cancel is not None:
            if outer_cancel is exc:
                return None
            raise outer_cancel
        # A cancellation that ended the block but is now spent is swallowed here.
        return exc is not None and isinstance(exc, CancelledError)


# ---------------------------------------------------------------- combinators

class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = False
        for child in self._children:
            if child.cancel(msg=msg):
                hit = True
        if hit:
            self._cancel_asked = True
        return hit


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; a future of the list of their results in order.
    Without return_exceptions the first exception is gather's; with it, exceptions are
    results."""
    if not coros_or_futures:
        loop = get_event_loop()
        done = loop.create_future()
        done.set_result([])
        return done
    loop = None
    children = []
    seen = {}
    for item in coros_or_futures:
        key = id(item)
        if key in seen:
            children.append(seen[key])
            continue
        fut = ensure_future(item, loop=loop)
        if loop is None:
            loop = fut._loop
        seen[key] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    remaining = [len(children)]

    def child_done(child):
        remaining[0] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancellation())
                return
            err = child.exception()
            if err is not None:
                outer.set_exception(err)
                return
        if remaining[0] > 0:
            return
        results = []
        for c in children:
            if c.cancelled():
                results.append(c._cancellation())
            else:
                err = c.exception()
                results.append(err if err is not None else c.result())
        if outer._cancel_asked:
            outer.set_exception(CancelledError())
        else:
            outer.set_result(results)

    for child in children:
        child.add_done_callback(child_done)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


_WAIT_MODES = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _check_wait_arguments(fs, mode):
    problem = None
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if len(fs) == 0:
        problem = 'Set of Tasks/Futures is empty.'
    elif mode not in _WAIT_MODES:
        problem = f'Invalid return_when value: {mode}'
    if problem is not None:
        raise ValueError(problem)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in `fs`; returns the sets (done, pending)."""
    _check_wait_arguments(fs, return_when)
    loop = get_running_loop()
    items = set(fs)
    if any(iscoroutine(f) for f in items):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    items = {ensure_future(f, loop=loop) for f in items}

    def satisfied():
        finished = [f for f in items if f.done()]
        if len(finished) == len(items):
            return True
        if return_when == FIRST_COMPLETED:
            return bool(finished)
        if return_when == FIRST_EXCEPTION:
            return any(not f.cancelled() and f.exception() is not None for f in finished)
        return False

    if not satisfied():
        waiter = loop.create_future()

        def check(_):
            if not waiter.done() and satisfied():
                waiter.set_result(None)

        for f in items:
            f.add_done_callback(check)
        timer = None
        if timeout is not None:
            timer = loop.call_later(timeout, _settle, waiter, None)
        try:
            await waiter
        finally:
            if timer is not None:
                timer.cancel()
            for f in items:
                f.remove_done_callback(check)
    done = {f for f in items if f.done()}
    return done, items - done


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the next result in completion order."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = _loop_for_new_task()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    arrivals = _deque()
    waiters = _deque()
    timer = [None]

    def landed(fut):
        if fut in todo:
            todo.discard(fut)
            arrivals.append(fut)
            if waiters:
                w = waiters.popleft()
                _settle(w, None)
            if not todo and timer[0] is not None:
                timer[0].cancel()

    def expired():
        for f in todo:
            f.remove_done_callback(landed)
        todo.clear()
        arrivals.append(None)
        while waiters:
            _settle(waiters.popleft(), None)

    async def next_result():
        if not arrivals:
            w = loop.create_future()
            waiters.append(w)
            await w
        fut = arrivals.popleft()
        if fut is None:
            raise TimeoutError
        return fut.result()

    for f in todo:
        f.add_done_callback(landed)
    if todo and timeout is not None:
        timer[0] = loop.call_later(timeout, expired)
    for _ in range(len(todo)):
        yield next_result()


def shield(arg):
    """An awaitable whose cancellation does not cancel `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def inner_done(_):
        if not outer.cancelled():
            _copy_outcome(inner, outer)
        elif not inner.cancelled():
            inner.exception()   # retrieved: nobody else will ask

    def outer_done(_):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# ---------------------------------------------------------------- synchronisation

class _Parking:
    """What the primitives share: a line of futures that tasks wait on, bound to the
    loop of the first task that waits."""

    _bound_to = None

    def _line(self):
        line = self.__dict__.get('_parked')
        if line is None:
            line = self._parked = _deque()
        return line

    def _signal(self, value=True):
        """Completes the earliest waiting future; False when nobody waits."""
        for fut in self._line():
            if not fut.done():
                fut.set_result(value)
                return True
        return False

    def _waiting(self):
        return sum(1 for f in self._line() if not f.done())

    def _lost_signal(self):
        """A waiter was signalled and cancelled at once: the signal goes on."""

    async def _park(self):
        loop = get_running_loop()
        if self._bound_to is None:
            self._bound_to = loop
        elif self._bound_to is not loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        fut = loop.create_future()
        line = self._line()
        line.append(fut)
        try:
            return await fut
        except CancelledError:
            signalled = fut.done() and not fut.cancelled()
            line.remove(fut)
            if signalled:
                self._lost_signal()
            raise
        finally:
            if fut in line:
                line.remove(fut)

    def _tag(self, state):
        n = self._waiting()
        if n:
            state = f'{state}, waiters:{n}'
        cls = type(self)
        return f'<{cls.__module__}.{cls.__qualname__} object at {id(self):#x} [{state}]>'


class _AsyncWithAcquire:
    """``async with`` support for the primitives that acquire and release."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AsyncWithAcquire, _Parking):
    """A mutual-exclusion lock for tasks."""

    def __init__(self):
        self._taken = False

    def __repr__(self):
        return self._tag('locked' if self._taken else 'unlocked')

    def locked(self):
        return self._taken

    async def acquire(self):
        if self._taken or self._waiting():
            # release() hands the lock over to the woken waiter: it stays taken.
            await self._park()
        else:
            self._taken = True
        return True

    def release(self):
        if not self._taken:
            raise RuntimeError('Lock is not acquired.')
        self._taken = self._signal()

    def _lost_signal(self):
        self._taken = self._signal()


class Event(_Parking):
    """A flag tasks can wait for."""

    def __init__(self):
        self._up = False

    def __repr__(self):
        return self._tag('set' if self._up else 'unset')

    def is_set(self):
        return self._up

    def set(self):
        if not self._up:
            self._up = True
            while self._signal():
                pass

    def clear(self):
        self._up = False

    async def wait(self):
        if not self._up:
            await self._park()
        return True


class Condition(_AsyncWithAcquire, _Parking):
    """Tasks wait on it until notified, holding its lock around the wait."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock

    def __repr__(self):
        return self._tag('locked' if self.locked() else 'unlocked')

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._park()
        except CancelledError as exc:
            await self._regain()
            raise exc
        late = await self._regain()
        if late is not None:
            raise late
        return True

    async def _regain(self):
        """Takes the lock back, however often the task is cancelled meanwhile; returns
        the last such cancellation."""
        holding = False
        late = None
        while not holding:
            try:
                holding = await self._lock.acquire()
            except CancelledError as exc:
                late = exc
        return late

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        for _ in range(n):
            if not self._signal(False):
                break

    def notify_all(self):
        self.notify(len(self._line()))


class Semaphore(_AsyncWithAcquire, _Parking):
    """A counter of free slots: ``acquire()`` waits while none is free."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._free = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._free}'
        return self._tag(state)

    def locked(self):
        return self._free == 0 or self._waiting() > 0

    async def acquire(self):
        if self.locked():
            # release() hands the slot over directly to the woken waiter.
            await self._park()
        else:
            self._free -= 1
        return True

    def release(self):
        self._free += 1
        self._hand_over()

    def _hand_over(self):
        while self._free > 0 and self._signal():
            self._free -= 1

    def _lost_signal(self):
        self._free += 1
        self._hand_over()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._free >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore):
    _cls.__module__ = 'asyncio.locks'


# ---------------------------------------------------------------- queues

class _Line(_Parking):
    """A queue's line of waiting getters or putters: a wake-up lost to a cancellation
    goes to the next in line."""

    def _lost_signal(self):
        self._signal()


class Queue:
    """A FIFO queue for tasks; `maxsize` <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = self._new_store()
        self._readers = _Line()
        self._writers = _Line()
        self._open_items = 0
        self._drained = Event()
        self._drained.set()

    # The storage, which the subclasses replace.
    def _new_store(self):
        return _deque()

    def _store(self, item):
        self._items.append(item)

    def _fetch(self):
        return self._items.popleft()

    def _summary(self):
        parts = [f'maxsize={self._maxsize!r}']
        if self._items:
            parts.append(f'_queue={list(self._items)!r}')
        readers, writers = self._readers._waiting(), self._writers._waiting()
        if readers:
            parts.append(f'_getters[{readers}]')
        if writers:
            parts.append(f'_putters[{writers}]')
        if self._open_items:
            parts.append(f'tasks={self._open_items}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._summary()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._summary()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return len(self._items) == 0

    def full(self):
        return self._maxsize > 0 and len(self._items) >= self._maxsize

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._store(item)
        self._open_items += 1
        self._drained.clear()
        self._readers._signal(None)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._fetch()
        self._writers._signal(None)
        return item

    async def put(self, item):
        while self.full():
            await self._writers._park()
        self.put_nowait(item)

    async def get(self):
        while self.empty():
            await self._readers._park()
        return self.get_nowait()

    def task_done(self):
        if self._open_items == 0:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if not self._open_items:
            self._drained.set()

    async def join(self):
        if self._open_items:
            await self._drained.wait()


class PriorityQueue(Queue):
    """A Queue giving the smallest item first."""

    def _new_store(self):
        return []

    def _store(self, item):
        _heapq.heappush(self._items, item)

    def _fetch(self):
        return _heapq.heappop(self._items)


class LifoQueue(Queue):
    """A Queue giving the most recently added item first."""

    def _new_store(self):
        return []

    def _store(self, item):
        self._items.append(item)

    def _fetch(self):
        return self._items.pop()


for _cls in (Queue, PriorityQueue, LifoQueue):
    _cls.__module__ = 'asyncio.queues'
del _cls
