# traceback: format_exc / format_exception / print_exc / extract_tb / TracebackException,
# chained exceptions, limits, SyntaxError formatting (paths shown as base names).
import io
import os
import sys
import traceback


def clean(text):
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, os.path.basename(path))
        if line.strip() and set(line.strip()) <= set("^~"):
            continue  # CPython's column carets (tessera has no column positions)
        out.append(line)
    return "".join(out)


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end="")
    print(clean(traceback.format_exc(limit=1)), end="")
    print(clean(traceback.format_exc(limit=-1)), end="")
    traceback.print_exc(file=sys.stdout, limit=0)
    e = sys.exc_info()[1]
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print(len(frames), [f.name for f in frames], [f.lineno for f in frames])
    print([f.line for f in frames])
    print([os.path.basename(f.filename) for f in frames])
    fs = frames[-1]
    print(fs.name, fs.line, len(fs), list(fs)[1:])
    print(clean("".join(traceback.format_tb(tb))), end="")
    print(clean("".join(traceback.format_list(frames))), end="")

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(clean(buf.getvalue()), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), "".join(te.format_exception_only()), end="")
    print(te.__context__.exc_type.__name__, te.__cause__)

try:
    raise KeyError("k") from None
except KeyError as e:
    print(clean("".join(traceback.format_exception(e))), end="")

print(traceback.format_exception_only(ValueError, ValueError("v")))
print(traceback.format_exception_only(ValueError("v2")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(None, None))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))))
print(traceback.format_exception_only(SyntaxError("plain")))


class Broken(Exception):
    def __str__(self):
        raise RuntimeError


class Mod:
    class Inner(Exception):
        pass


print(traceback.format_exception_only(Broken()))
print(traceback.format_exception_only(Mod.Inner("q")))
print(traceback.format_exception_only(OSError(2, "No such file", "f.txt")))


def rec(n):
    if n:
        return rec(n - 1)
    raise IndexError("deep")


try:
    rec(6)
except IndexError:
    print(clean(traceback.format_exc()), end="")

print(traceback.format_exc(), end="")
try:
    traceback.format_exception(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    traceback.format_exception(3)
except TypeError as e:
    print("TypeError", e)
