# except*: one new exception is raised unwrapped; class and module bodies, generators' throw(),
# TaskGroup failures sorted by clause, finally inside a handler, __context__ of the outcome.
import sys, asyncio
class K:
    try:
        raise ExceptionGroup("cls", [ValueError(1)])
    except* ValueError as e:
        seen = repr(e)
print(K.seen, hasattr(K, "e"))
try:
    raise ExceptionGroup("mod", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("mod V", repr(e))
except* TypeError:
    print("mod T", repr(sys.exc_info()[1]))
print("e" in globals())
def g():
    while True:
        try:
            yield
        except* ValueError as v:
            print("gen caught", repr(v))
gen = g(); next(gen)
gen.throw(ExceptionGroup("thrown", [ValueError(5)]))
gen.throw(ValueError(6))
try:
    gen.throw(TypeError(7))
except TypeError as t:
    print("escaped", repr(t))
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            async def f(i):
                await asyncio.sleep(0.001 * i)
                raise [ValueError, TypeError, OSError][i % 3](i)
            for i in range(5):
                tg.create_task(f(i))
    except* ValueError as v:
        print("V", sorted(str(x) for x in v.exceptions))
    except* (TypeError, OSError) as o:
        print("TO", sorted(str(x) for x in o.exceptions))
asyncio.run(main())
def tricky():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise
            finally:
                print("finally in handler", repr(sys.exc_info()[1]))
    except ExceptionGroup as e:
        print(repr(e))
tricky()
def ctx_check():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            raise TypeError("new")
try:
    ctx_check()
except BaseException as e:
    print(repr(e), repr(e.__context__), repr(e.exceptions[0].__context__) if isinstance(e, BaseExceptionGroup) else "")
print(sys.exc_info())

def a():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
def b():
    try:
        raise KeyError("outer")
    except KeyError:
        a()
def c():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("x")
    except* TypeError:
        pass
def d():
    try:
        raise KeyError("outer")
    except KeyError:
        c()
def e():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("x")


for f in (a, b, c, d, e):
    try:
        f()
    except BaseException as ex:
        print(f.__name__, repr(ex), repr(ex.__context__))
