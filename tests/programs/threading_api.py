# Thread objects, names, thread-local data, exceptions in threads, _thread.
import io
import sys
import threading
import _thread


def work():
    pass


t = threading.Thread(target=work)
print(t.name, repr(t), t.is_alive(), t.ident, t.daemon)
t.start()
t.join()
print(repr(t).split(",")[1].split()[0], t.is_alive(), type(t.ident).__name__,
      type(t.native_id).__name__)
print(threading.Thread(target=lambda: 0).name.split(" ")[1], threading.Thread(name="x").name)
print(threading.Thread().name.startswith("Thread-"), threading.Thread(name=5).name)
for bad in (t.start, lambda: threading.Thread().join(), threading.current_thread().join):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
d = threading.Thread(target=work, daemon=True)
print(d.daemon, repr(d).endswith("initial daemon)>"))
d.daemon = False
print(d.daemon, d.isDaemon(), d.getName() == d.name)


class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"my-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2


ms = [MyThread(i) for i in range(3)]
for m in ms:
    m.start()
for m in ms:
    m.join()
print([m.result for m in ms], [m.name for m in ms])

# current_thread, main_thread, enumerate, active_count
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
inside = []
gate = threading.Event()


def report():
    inside.append((threading.current_thread().name, threading.active_count(),
                   threading.current_thread() is not threading.main_thread(),
                   threading.get_ident() != threading.main_thread().ident))
    gate.wait()


t = threading.Thread(target=report, name="reporter")
t.start()
print(inside, sorted(x.name for x in threading.enumerate()))
gate.set()
t.join()
print(threading.active_count(), [x.name for x in threading.enumerate()])
print(threading.get_ident() == threading.main_thread().ident, threading.TIMEOUT_MAX > 1e6)

# Thread-local data
data = threading.local()
data.x = "main"


def use_local(i):
    print("has x:", hasattr(data, "x"))
    data.x = i
    print("thread sees", data.x, sorted(data.__dict__))


t = threading.Thread(target=use_local, args=(1,))
t.start()
t.join()
print("main sees", data.x)


class Counter(threading.local):
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump())))
t.start()
t.join()
print(out, c.value)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
try:
    del data.missing
except AttributeError:
    print("AttributeError")

# Exceptions in threads: threading.excepthook; SystemExit is silent.
err = io.StringIO()
saved = sys.stderr
sys.stderr = err


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="bad")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
sys.stderr = saved
lines = err.getvalue().splitlines()
print(lines[0], "|", lines[1], "|", lines[-1])

hooked = []
threading.excepthook = lambda args: hooked.append(
    (args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="hooked")
t.start()
t.join()
print(hooked)
threading.excepthook = threading.__excepthook__

# _thread
lk = _thread.allocate_lock()
print(type(lk) is _thread.LockType, lk.acquire(), lk.locked())
done = threading.Event()
got = []


def raw(a, b=None):
    got.append((a, b, _thread.get_ident() != threading.main_thread().ident))
    lk.release()
    done.set()


_thread.start_new_thread(raw, (1,), {"b": 2})
done.wait()
print(got, lk.locked())
for bad in (lambda: _thread.start_new_thread(1, ()), lambda: _thread.start_new_thread(raw, [1]),
            lambda: _thread.start_new_thread(raw, (), 1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)

# Exception state belongs to its thread.
ev1, ev2 = threading.Event(), threading.Event()
seen = []


def holds_exception():
    try:
        raise KeyError("thread")
    except KeyError:
        ev1.set()
        ev2.wait()
        seen.append(repr(sys.exc_info()[1]))


t = threading.Thread(target=holds_exception)
t.start()
ev1.wait()
print(sys.exc_info()[0])
try:
    raise IndexError("main")
except IndexError:
    ev2.set()
    t.join()
    print(seen, repr(sys.exc_info()[1]))
