"""concurrent.futures for tessera, written from CPython 3.11's documentation: Future,
ThreadPoolExecutor (on `threading`'s green threads), wait and as_completed.

ProcessPoolExecutor is not provided (tessera has no multiprocessing)."""

import collections as _collections
import itertools as _itertools
import queue as _queue
import threading as _threading
from _time import monotonic as _now

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor',
           'wait', 'as_completed', 'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for this module's exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The Future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed."""


_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


def _log_callback_error(future):
    import logging
    logging.getLogger('concurrent.futures').exception(
        'exception calling callback for %r', future)


class Future:
    """The eventual result of a call."""

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._watchers = []
        self._done_callbacks = []

    def __repr__(self):
        head = f'<{type(self).__name__} at {id(self):#x} state={self._state.lower()}'
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'{head} raised {type(self._exception).__name__}>'
            return f'{head} returned {type(self._result).__name__}>'
        return head + '>'

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            try:
                fn(self)
            except Exception:
                _log_callback_error(self)

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED)

    def _outcome(self):
        if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
            raise CancelledError()
        exc = self._exception
        if exc is None:
            return self._result
        raise exc

    def _wait_done(self, timeout):
        """With the condition held: waits until done, or raises TimeoutError."""
        if self.done():
            return
        self._condition.wait(timeout)
        if not self.done():
            raise TimeoutError()

    def result(self, timeout=None):
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            call_now = self.done()
            if not call_now:
                self._done_callbacks.append(fn)
        if call_now:
            try:
                fn(self)
            except Exception:
                _log_callback_error(self)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_NOTIFIED
                for w in self._watchers:
                    w.finished(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError(f'Future in unexpected state: {self._state}')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            for w in self._watchers:
                w.finished(self)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _Watcher:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, mode, pending_count):
        self.lock = _threading.Lock()
        self.event = _threading.Event()
        self.mode = mode
        self.left = pending_count
        self.done = []

    def finished(self, future):
        with self.lock:
            self.done.append(future)
            self.left -= 1
            if (self.mode == FIRST_COMPLETED or self.left <= 0
                    or (self.mode == FIRST_EXCEPTION and not future.cancelled()
                        and future._exception is not None)):
                self.event.set()
            if self.mode == 'AS_COMPLETED':
                self.event.set()


def _finished(fs):
    return {f for f in fs if f._state in (_CANCELLED_NOTIFIED, _FINISHED)}


DoneAndNotDoneFutures = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = _finished(fs)
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f._exception is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    watcher = _Watcher(return_when, len(not_done))
    for f in fs:
        f._condition.acquire()
    try:
        for f in not_done:
            f._watchers.append(watcher)
    finally:
        for f in fs:
            f._condition.release()
    watcher.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._watchers.remove(watcher)
    done.update(watcher.done)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    until = None if timeout is None else _now() + timeout
    fs = set(fs)
    total = len(fs)
    for f in fs:
        f._condition.acquire()
    try:
        finished = _finished(fs)
        pending = fs - finished
        watcher = _Watcher('AS_COMPLETED', len(pending))
        for f in pending:
            f._watchers.append(watcher)
    finally:
        for f in fs:
            f._condition.release()
    try:
        yield from finished
        while pending:
            if until is None:
                left = None
            else:
                left = until - _now()
                if left < 0:
                    raise TimeoutError(f'{len(pending)} (of {total}) futures unfinished')
            watcher.event.wait(left)
            with watcher.lock:
                got = watcher.done
                watcher.done = []
                watcher.event.clear()
            for f in reversed(got):
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                if watcher in f._watchers:
                    f._watchers.remove(watcher)


class Executor:
    """The interface of executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        until = None if timeout is None else _now() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    f = futures.pop()
                    if until is None:
                        yield f.result()
                    else:
                        yield f.result(until - _now())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        # Waits for the submitted work; an exception in the block propagates.
        self.shutdown(True)


def _run_job(job):
    """Runs one submitted call, a (future, fn, args, kwargs) tuple, unless cancelled."""
    future, fn, args, kwargs = job
    if future.set_running_or_notify_cancel():
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(value)


# Executors whose workers may still wait for work; told to stop at interpreter exit.
_live_pools = []
_exiting = False


def _stop_all_pools():
    global _exiting
    _exiting = True
    for pool in list(_live_pools):
        pool.shutdown(wait=True)


_threading._register_atexit(_stop_all_pools)

_pool_numbers = _itertools.count().__next__


def _work(pool, jobs, initializer, initargs):
    ready = True
    if initializer is not None:
        ready = _initialize(initializer, initargs)
    if not ready:
        pool._initializer_failed()
        return
    job = jobs.get()
    while job is not None:
        _run_job(job)
        job = None
        pool._idle.release()
        job = jobs.get()
    # The stop signal: leave it for the next worker too.
    jobs.put(None)


def _initialize(initializer, initargs):
    """Runs a worker's initializer; False (after logging it) if it raised."""
    try:
        initializer(*initargs)
        return True
    except BaseException:
        import logging
        logging.getLogger('concurrent.futures').critical(
            'Exception in initializer:', exc_info=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs calls on up to `max_workers` threads, started as work arrives."""

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._jobs = _queue.SimpleQueue()
        self._idle = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._lock = _threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f'ThreadPoolExecutor-{_pool_numbers()}'
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown or _exiting or self._broken:
                self._refuse()
            future = Future()
            self._jobs.put((future, fn, args, kwargs))
            self._add_worker()
            return future

    def _add_worker(self):
        if self._idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n >= self._max_workers:
            return
        if not self._threads:
            _live_pools.append(self)
        t = _threading.Thread(name=f'{self._thread_name_prefix}_{n}', target=_work,
                              args=(self, self._jobs, self._initializer, self._initargs))
        t.start()
        self._threads.add(t)

    def _refuse(self):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        raise RuntimeError('cannot schedule new futures after interpreter shutdown')

    def _queued_futures(self):
        """Takes every call still queued; their futures."""
        taken = []
        jobs = self._jobs
        while not jobs.empty():
            job = jobs.get_nowait()
            if job is not None:
                taken.append(job[0])
        return taken

    def _initializer_failed(self):
        with self._lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for future in self._queued_futures():
                future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for future in self._queued_futures():
                    future.cancel()
            self._jobs.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        if self in _live_pools:
            _live_pools.remove(self)
