# except*: matching, the re-raised remainder, handler exceptions, naked exceptions.
import sys


def shape(exc, depth=0):
    pad = "  " * depth
    if isinstance(exc, BaseExceptionGroup):
        ctx = type(exc.__context__).__name__ if exc.__context__ is not None else "-"
        print(f"{pad}{type(exc).__name__}({exc.message!r}) ctx={ctx}")
        for member in exc.exceptions:
            shape(member, depth + 1)
    else:
        ctx = repr(exc.__context__) if exc.__context__ is not None else "-"
        print(f"{pad}{exc!r} ctx={ctx}")


def run(label, func):
    print("==", label)
    try:
        func()
    except BaseException as exc:
        shape(exc)
    else:
        print("(nothing raised)")


def three():
    return ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])


def unmatched_naked():
    try:
        raise ValueError(1)
    except* TypeError:
        print("not reached")


def one_clause():
    try:
        raise three()
    except* TypeError as t:
        print("handling", repr(t), repr(sys.exc_info()[1]))


def all_clauses():
    try:
        raise three()
    except* TypeError as t:
        print("T", repr(t))
    except* (ValueError, KeyError) as vk:
        print("VK", repr(vk))
    print("after, handled:", sys.exc_info()[1])


def new_in_handler():
    try:
        raise three()
    except* TypeError:
        raise RuntimeError("new")


def bare_reraise():
    try:
        raise three()
    except* TypeError:
        raise


def raise_match_again():
    try:
        raise three()
    except* TypeError as t:
        raise t


def mixed():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2),
                                   ExceptionGroup("h", [KeyError(3), OSError(4)])])
    except* TypeError:
        raise
    except* KeyError:
        raise RuntimeError("from KeyError clause")
    except* OSError as o:
        raise o.exceptions[0]


def naked_reraise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError(1)
    except* ValueError as v:
        print("wrapped:", repr(v), v.__traceback__ is None)
        raise TypeError("x") from v


def naked_base():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as k:
        print("caught", repr(k))


def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")


def handled_inside():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError(5)
        except KeyError:
            pass
        print("inner handled")


def new_group_in_handler():
    try:
        raise ValueError(1)
    except* ValueError:
        raise ExceptionGroup("new", [KeyError()])


def else_finally():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [ValueError(i)])
            if i == 2:
                raise OSError(i)
        except* ValueError as e:
            print("caught", repr(e))
        except* OSError as e:
            print("caught", repr(e))
        else:
            print("else", i)
        finally:
            print("finally", i)


def name_cleared():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as ne:
        print("NameError:", ne)


def nested_handlers():
    try:
        raise ExceptionGroup("A", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("B", [KeyError(3), OSError(4)])
        except* KeyError as k:
            print("inner", repr(k), repr(sys.exc_info()[1]))
        print("not reached")


def in_generator():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(1), OSError(2)])
    except* ValueError as v:
        yield repr(v)
    except* OSError as o:
        yield repr(o)
    yield "end"


def identity():
    eg = three()
    for handler in ("reraise all", "nothing matches"):
        try:
            try:
                raise eg
            except* ValueError:
                if handler == "reraise all":
                    raise
            except* (TypeError, KeyError):
                if handler == "reraise all":
                    raise
            except* OSError:
                pass
        except ExceptionGroup as e:
            print(handler, e is eg, repr(e))


def later_types_still_checked():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* undefined_name:
        pass


def bad_type(kind):
    def inner():
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* kind:
            pass
    return inner


for label, func in [
    ("unmatched naked", unmatched_naked),
    ("one clause", one_clause),
    ("all clauses", all_clauses),
    ("new in handler", new_in_handler),
    ("bare reraise", bare_reraise),
    ("raise match again", raise_match_again),
    ("mixed", mixed),
    ("naked reraise", naked_reraise),
    ("naked new", naked_new),
    ("naked base", naked_base),
    ("two new", two_new),
    ("handled inside", handled_inside),
    ("new group in handler", new_group_in_handler),
    ("else finally", else_finally),
    ("name cleared", name_cleared),
    ("nested handlers", nested_handlers),
    ("identity", identity),
    ("later types still checked", later_types_still_checked),
    ("except* ExceptionGroup", bad_type(ExceptionGroup)),
    ("except* BaseExceptionGroup", bad_type(BaseExceptionGroup)),
    ("except* tuple with group", bad_type((ValueError, ExceptionGroup))),
    ("except* int", bad_type(int)),
    ("except* tuple with int", bad_type((3, ValueError))),
]:
    run(label, func)
print(list(in_generator()))


async def coro():
    try:
        raise ExceptionGroup("async", [ValueError(1)])
    except* ValueError as v:
        text = repr(v)
    return text


c = coro()
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)

# Tracebacks of the remainder: where each part was raised.
import traceback


def where(exc):
    return [(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)]


def origin():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* TypeError:
        raise RuntimeError("new")


try:
    origin()
except ExceptionGroup as e:
    print(where(e), where(e.exceptions[0]), where(e.exceptions[1]))
