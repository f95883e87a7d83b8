# OSError: errno-selected subclasses, args, errno/strerror/filename/filename2 and str().
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, str(e))
e = OSError(2, "No such file", "a", None, "b")
print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = FileNotFoundError("plain")
print(e.args, e.errno, e.filename, str(e))
for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 5]:
    print(errno, type(OSError(errno, "m")).__name__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError), IOError is OSError, EnvironmentError is OSError)
print(OSError("one arg").args, str(OSError()), str(OSError(5, "I/O")), repr(OSError(2, "x")))
try:
    open("/nonexistent_doors_dir/x.txt")
except FileNotFoundError as e:
    print(repr(e), e.errno, e.strerror, e.filename, e.filename2)
    print(e)
try:
    open("/")
except IsADirectoryError as e:
    print(e)
try:
    open("/nonexistent_doors_dir/x.txt", "w")
except OSError as e:
    print(type(e).__name__, e)
import os
try:
    os.rename("/nonexistent_doors_a", "/nonexistent_doors_b")
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)


class MyError(OSError):
    pass


m = MyError(2, "custom", "file")
print(type(m).__name__, m.args, m.filename, str(m))
