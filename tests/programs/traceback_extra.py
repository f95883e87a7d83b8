# traceback: FrameSummary/StackSummary objects, notes, SyntaxError variants, print_tb,
# TracebackException equality and chain cycles (no frame-dependent APIs).
import io
import os
import traceback

fs = traceback.FrameSummary("a.py", 3, "fn", line="x = 1")
print(repr(fs), fs.line, tuple(fs), fs == ("a.py", 3, "fn", "x = 1"), fs[2], len(fs))
fs2 = traceback.FrameSummary("nofile.py", 9, "g", lookup_line=False)
print(repr(fs2.line), fs2.locals)
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "call()"), fs])
print(type(ss).__name__, len(ss), ss[0].name, ss[1] is fs)
print(ss.format())
print(traceback.format_list([("b.py", 2, "h", "")]))
many = traceback.StackSummary.from_list([("c.py", 5, "r", "r()")] * 4)
print(many.format())
print(traceback.StackSummary.from_list([("c.py", 5, "r", "r()")] * 5).format()[-1], end="")


def boom():
    raise ValueError("noted")


try:
    boom()
except ValueError as e:
    e.add_note("first note")
    e.add_note("second")
    print(traceback.format_exception_only(e))
    buf = io.StringIO()
    traceback.print_tb(e.__traceback__, file=buf)
    print(len(buf.getvalue().splitlines()), buf.getvalue().count("File"))
    t1 = traceback.TracebackException.from_exception(e)
    t2 = traceback.TracebackException.from_exception(e)
    print(t1 == t2, t1.exc_type is ValueError, len(t1.stack), t1.__notes__)
    short = traceback.TracebackException.from_exception(e, limit=1)
    print(len(short.stack), [f.name for f in short.stack])

print(traceback.format_exception_only(SyntaxError("m", ("f.py", 1, 3, "  abc\n"))))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", 2, None, "abc"))))
print(traceback.format_exception_only(SyntaxError("m", (None, 4, 1, None))))
print(traceback.format_exception_only(SyntaxError()))
print(traceback.format_exception_only(IndentationError("unexpected indent", ("g.py", 7, 5, "    y = 2\n"))))
print(traceback.format_exception_only(OSError("plain")), traceback.format_exception_only(KeyError()))

a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")
c = RuntimeError("c")
c.__cause__ = KeyError("cause")
c.__suppress_context__ = True
print("".join(traceback.format_exception(c)), end="")
print("".join(traceback.format_exception(c, chain=False)), end="")
print(traceback.format_exception(ValueError, ValueError("x"), None))
print(traceback.format_exception(None, None, None))
te = traceback.TracebackException(KeyError, KeyError("z"), None)
print(list(te.format()), str(te))
