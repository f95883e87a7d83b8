# concurrent.futures: ThreadPoolExecutor and Future.
import concurrent.futures as cf
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futures = [ex.submit(square, i) for i in range(6)]
    print(sorted(f.result() for f in cf.as_completed(futures)))
    done, not_done = cf.wait(futures)
    print(len(done), len(not_done), all(f.done() for f in futures))
    bad = ex.submit(fail, 3)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e)
    it = ex.map(fail, [1])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)
    kw = ex.submit(dict, a=1, b=2)
    print(kw.result())

# Workers are named after the prefix.
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())

# A job that waits for an event another job sets: both run at once.
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    ev = threading.Event()
    waiting = ex.submit(ev.wait, 5)
    ex.submit(ev.set)
    print("waited:", waiting.result())

# FIRST_COMPLETED / FIRST_EXCEPTION
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    gate = threading.Event()
    slow = ex.submit(gate.wait)
    quick = ex.submit(square, 5)
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    boom = ex.submit(fail, 1)
    done, not_done = cf.wait([slow, boom], return_when=cf.FIRST_EXCEPTION)
    print(boom in done, slow in not_done)
    done, not_done = cf.wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print("result timed out")
    try:
        for f in cf.as_completed([slow], timeout=0.01):
            pass
    except cf.TimeoutError as e:
        print("as_completed:", e)
    gate.set()
    print(slow.result())

# Callbacks, cancellation and Future states.
calls = []
f = cf.Future()
f.add_done_callback(lambda fut: calls.append(("cb", fut.result())))
print(f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(calls, f.done(), f.result())
f.add_done_callback(lambda fut: calls.append("late"))
print(calls[-1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
c = cf.Future()
print(c.cancel(), c.cancelled(), c.done(), c.cancel())
try:
    c.result()
except cf.CancelledError:
    print("CancelledError")
print(c.set_running_or_notify_cancel())
e = cf.Future()
e.set_exception(KeyError("k"))
print(repr(e.exception()), e.done())
print(issubclass(cf.CancelledError, Exception), cf.TimeoutError is TimeoutError)

# Shutdown: queued work is cancelled with cancel_futures, new work refused.
ex = cf.ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
first = ex.submit(gate.wait)
queued = [ex.submit(square, i) for i in range(3)]
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(first.result(), all(q.done() for q in queued))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)

# An initializer per worker thread.
seen = []
with cf.ThreadPoolExecutor(max_workers=2, initializer=seen.append, initargs=("init",)) as ex:
    list(ex.map(square, range(4)))
print(set(seen), 1 <= len(seen) <= 2)
