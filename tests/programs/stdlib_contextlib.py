import sys
from contextlib import (contextmanager, suppress, ExitStack, nullcontext, redirect_stdout,
                        redirect_stderr, closing, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", type(e).__name__, e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@tag("deco")
def decorated(x):
    print("running", x)
    return x * 2


print(decorated(3))
print(decorated(4))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(KeyError):
    pass
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print(type(e).__name__, e)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


c = Collector()
with redirect_stdout(c) as target:
    print("captured line")
    print("second", 2)
print(target is c, repr("".join(c.parts)))
e_buf = Collector()
with redirect_stderr(e_buf):
    print("to stderr", file=sys.stderr)
print(repr("".join(e_buf.parts)))


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

    def close(self):
        print("close", self.name)


with ExitStack() as stack:
    rs = [stack.enter_context(Res(n)) for n in "xyz"]
    stack.callback(print, "callback", 1, sep="-")
    print("body", [r.name for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Res("p"))
        stack.push(lambda *exc: print("push saw", exc[0].__name__))
        raise OSError("fail")
except OSError as e:
    print("caught", e)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError("suppressed by push")
print("after suppress via stack")

with ExitStack() as outer:
    outer.enter_context(Res("moved"))
    inner = outer.pop_all()
print("outer done")
inner.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(type(e).__name__, e)

with closing(Res("c")) as r:
    print("using", r.name)


class mycontext(ContextDecorator):
    def __enter__(self):
        print("starting")
        return self

    def __exit__(self, *exc):
        print("finishing")
        return False


@mycontext()
def func():
    print("in func")


func()
print(issubclass(Res, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))
