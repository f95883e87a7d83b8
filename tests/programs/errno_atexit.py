# errno's constants and errorcode; atexit callbacks after an uncaught exception.
import atexit
import errno
import os
import sys

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPIPE, errno.EINTR, errno.EAGAIN,
      errno.EWOULDBLOCK, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.ECHILD,
      errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ENOSPC, errno.ENOTEMPTY)
print(errno.errorcode[2], errno.errorcode[errno.EEXIST], errno.errorcode[11],
      errno.errorcode[errno.ENOTSUP], errno.errorcode[errno.EDEADLK])
print(type(errno.errorcode).__name__, len(errno.errorcode) > 100)
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(n for n in dir(errno) if not n.startswith("E") and not n.startswith("__")))
try:
    os.stat("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir("/")
except OSError as e:
    print(errno.errorcode[e.errno])


def farewell(name, punctuation="."):
    print("goodbye", name + punctuation)


def failing():
    print("failing runs")
    1 / 0


def exiting():
    print("exiting runs")
    sys.exit(5)


print(atexit.register(farewell, "world", punctuation="!") is farewell)
atexit.register(failing)
atexit.register(exiting)


@atexit.register
def decorated():
    print("decorated runs first")


atexit.register(print, "never printed")
atexit.unregister(print)
atexit.unregister(len)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("main body done")
raise ValueError("uncaught")
