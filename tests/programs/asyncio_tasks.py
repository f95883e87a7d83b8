# asyncio: run, tasks, futures, gather, cancellation, exceptions through await.
import asyncio

log = []


async def worker(name, delay, result):
    log.append(("start", name))
    await asyncio.sleep(delay)
    log.append(("end", name))
    return result


async def main():
    t1 = asyncio.create_task(worker("a", 0.02, 1), name="first")
    t2 = asyncio.create_task(worker("b", 0.01, 2))
    print(t1.get_name(), t1.done(), t1.cancelled())
    t1.set_name("renamed")
    print(t1.get_name())
    r = await asyncio.gather(t1, t2, worker("c", 0, 3))
    print("gather", r)
    print(log)
    print(t1.done(), t1.result(), t1.exception())
    return "main done"


print(asyncio.run(main()))


async def fails(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def exc_main():
    try:
        await fails("direct")
    except ValueError as e:
        print("caught direct", e)
    t = asyncio.create_task(fails("in task"))
    try:
        await t
    except ValueError as e:
        print("caught from task", e, t.done(), repr(t.exception()))
    try:
        await asyncio.gather(fails("g1"), worker("ok", 0, "fine"))
    except ValueError as e:
        print("gather raised", e)
    r = await asyncio.gather(fails("g2"), worker("ok2", 0, "fine"), return_exceptions=True)
    print("gather return_exceptions", [repr(x) for x in r])
    print("empty gather", await asyncio.gather())


asyncio.run(exc_main())


async def sleeper(tag):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(tag, "cancelled with", repr(e))
        raise


async def cancel_main():
    t = asyncio.create_task(sleeper("s1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await cancelled task", repr(e), t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    # cancelled before it starts
    t2 = asyncio.create_task(sleeper("never"))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before start", t2.cancelled())

    # a task that swallows its cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print("stubborn", await t3, t3.cancelled())

    # cancelling gather cancels its children
    c1 = asyncio.create_task(sleeper("child1"))
    c2 = asyncio.create_task(sleeper("child2"))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", c1.cancelled(), c2.cancelled())
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(cancel_main())


async def future_main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done())
    for fn in (fut.result, fut.exception):
        try:
            fn()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError", e)
    loop.call_later(0.01, fut.set_result, "later")
    seen = []
    fut.add_done_callback(lambda f: seen.append(f.result()))
    print(await fut, repr(fut))
    await asyncio.sleep(0)
    print("callback saw", seen)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("set twice refused")
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(repr(f2))
    try:
        await f2
    except KeyError as e:
        print("awaited exception", repr(e))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError", e)
    print(f3.cancel("because"), f3.cancel(), repr(f3))
    try:
        f3.exception()
    except asyncio.CancelledError as e:
        print("exception() of cancelled", repr(e))
    f4 = loop.create_future()
    cb = lambda f: print("never")
    f4.add_done_callback(cb)
    print("removed", f4.remove_done_callback(cb))
    f4.set_result(None)
    await asyncio.sleep(0)
    print(asyncio.isfuture(f4), asyncio.isfuture(1), asyncio.iscoroutine(f4))
    co = worker("x", 0, 0)
    print(asyncio.iscoroutine(co), asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(print))
    co.close()
    t = asyncio.ensure_future(worker("ensure", 0, "E"))
    print(type(t).__name__, await t, asyncio.ensure_future(t) is t)
    print(asyncio.current_task() is not None, len(asyncio.all_tasks()))
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(future_main())

for bad in (lambda: asyncio.run(42), lambda: asyncio.get_running_loop()):
    try:
        bad()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)


async def nested():
    co = worker("nested", 0, 0)
    try:
        asyncio.run(co)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(nested())


async def chain_tb():
    async def level3():
        await asyncio.sleep(0)
        return 1 / 0

    async def level2():
        return await level3()

    try:
        await level2()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
        tb = e.__traceback__
        print(tb is not None)


asyncio.run(chain_tb())


async def uncaught():
    await asyncio.sleep(0)
    raise KeyError("escapes run")


try:
    asyncio.run(uncaught())
except KeyError as e:
    print("run raised", repr(e))


# Each task sees its own handled exception across suspensions.
import sys


async def handler_task():
    try:
        raise ValueError("in a")
    except ValueError:
        await asyncio.sleep(0.001)
        print("a sees", repr(sys.exc_info()[1]))
    print("a after", sys.exc_info()[1])


async def other_task():
    await asyncio.sleep(0)
    print("b sees", repr(sys.exc_info()[1]))
    try:
        raise KeyError("kb")
    except KeyError as e:
        print("b context", repr(e.__context__))


async def isolation():
    await asyncio.gather(handler_task(), other_task())


asyncio.run(isolation())
