# How exception groups are drawn by the traceback module (the same boxes the interpreter
# prints for an uncaught group). Every raise sits alone on its line, so no carets.
import os
import sys
import traceback

HERE = os.path.basename(__file__)


def plain(text):
    # CPython names the script by its full path; keep only the file name.
    return text.replace(__file__, HERE)


def leaf():
    raise ValueError("bad")


def make_inner():
    try:
        leaf()
    except ValueError as e:
        e.add_note("note on leaf")
        raise ExceptionGroup("inner", [e, TypeError("t")])


def make_outer():
    members = []
    try:
        make_inner()
    except ExceptionGroup as e:
        members.append(e)
    members.append(KeyError("k"))
    try:
        raise OSError("os")
    except OSError as e:
        members.append(e)
    group = ExceptionGroup("outer", members)
    group.add_note("group note\nsecond line")
    raise group


def show(exc, **kw):
    te = traceback.TracebackException.from_exception(exc, **kw)
    print(plain("".join(te.format())), end="")
    print("~~")


try:
    make_outer()
except ExceptionGroup as e:
    print(plain("".join(traceback.format_exception(e))), end="")
    print("~~")
    lines = traceback.format_exception(e)
    print(all(line.endswith("\n") for line in lines))
    show(e, max_group_width=1)
    show(e, max_group_depth=1)
    print(traceback.format_exception_only(e))

show(ExceptionGroup("never raised", [ValueError(1)]))
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("sixteen", [ValueError(i) for i in range(16)]))
show(ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [KeyError(2), ExceptionGroup("i", [OSError(3)])])]))
show(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(3)]))
show(ExceptionGroup("", [ValueError()]))

deep = ValueError("leaf")
for level in range(12):
    deep = ExceptionGroup(f"level{level}", [deep, KeyError(level)])
show(deep)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except ExceptionGroup as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as r:
    show(r)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ExceptionGroup("during", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    show(e)

try:
    raise KeyError("x")
except KeyError as k:
    chained = ValueError("v")
    chained.__cause__ = k
show(ExceptionGroup("cause inside", [chained]))


class MyGroup(ExceptionGroup):
    pass


show(MyGroup("mine", [ValueError("a")]))
e = ValueError(2)
e.__notes__ = ["a", 3, "b\nc"]
show(e)


class BadRepr:
    def __repr__(self):
        raise ValueError("no repr")


class StrNote:
    def __str__(self):
        return "str of note"

    def __repr__(self):
        return "repr of note"


for notes in (5, None, {1: 2}, "abc", [StrNote(), b"y"], BadRepr()):
    e = ValueError(3)
    e.__notes__ = notes
    print(traceback.format_exception_only(e))
