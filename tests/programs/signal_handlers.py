# signal: the Signals and Handlers enums, handlers run between bytecodes, SIG_DFL/SIG_IGN,
# raise_signal, os.kill to ourselves, alarm, and the errors of bad arguments.
import os
import signal

print(signal.SIGINT, repr(signal.SIGINT), signal.Signals(15), repr(signal.Signals(6)))
print(signal.SIGTERM.name, signal.SIGTERM.value, int(signal.SIGUSR1) + 1,
      isinstance(signal.SIGHUP, int))
print(signal.Signals.SIGIOT is signal.SIGABRT, signal.Signals.__mro__[1].__name__)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0, signal.SIG_IGN == 1)
print(signal.Handlers.__members__.keys() == {"SIG_DFL", "SIG_IGN"}.__class__(["SIG_DFL", "SIG_IGN"]))
print(signal.default_int_handler)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGTERM)))
print(repr(signal.getsignal(signal.SIGPIPE)))
print(signal.strsignal(signal.SIGINT), "|", signal.strsignal(signal.SIGKILL), "|",
      signal.strsignal(signal.SIGTERM))
valid = signal.valid_signals()
print(type(valid).__name__, signal.SIGINT in valid, signal.SIGKILL in valid, 0 in valid)

seen = []


def handler(signum, frame):
    seen.append(signum)
    print("handler got", signum, type(signum).__name__, signum == signal.SIGUSR1)


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", seen)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", seen)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", seen)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom("from handler %d" % signum)


signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Boom as e:
    print("caught", e)

# a handler runs while a loop is running, at the next safe point
signal.signal(signal.SIGALRM, raiser)
signal.alarm(1)
n = 0
try:
    while True:
        n += 1
except Boom as e:
    print("loop interrupted:", e, n > 0)
print(signal.alarm(0))
print(signal.alarm(100) , signal.alarm(0) > 90)

# a handler that returns lets the program go on
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.alarm(1)
import time
time.sleep(2.5)
print("slept through", ticks)

# SIGINT
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
old = signal.signal(signal.SIGINT, lambda s, f: print("custom SIGINT", s))
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt again")

# errors
for args in [(0, handler), (1000, handler), (signal.SIGUSR1, 5), (signal.SIGUSR1, "x"),
             (signal.SIGUSR1, None)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for sig in (signal.SIGKILL, signal.SIGSTOP):
    try:
        signal.signal(sig, handler)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
for f in (signal.getsignal, signal.strsignal):
    try:
        f(0)
    except ValueError as e:
        print(f.__name__, e)
try:
    signal.raise_signal(-1)
except OSError as e:
    print("raise_signal", e)
try:
    signal.signal("SIGINT", handler)
except TypeError as e:
    print("TypeError")
