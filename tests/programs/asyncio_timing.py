# asyncio: wait, wait_for, timeout, as_completed, shield, the loop's own API.
import asyncio
import time


async def value_after(delay, value):
    await asyncio.sleep(delay)
    return value


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def waits():
    a = asyncio.create_task(value_after(0.01, "a"))
    b = asyncio.create_task(value_after(0.05, "b"))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print("first completed", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait([a, b])
    print("all completed", sorted(t.result() for t in done), len(pending))
    c = asyncio.create_task(fail_after(0.01, ValueError("c")))
    d = asyncio.create_task(value_after(0.2, "d"))
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", [repr(t.exception()) for t in done], [t.done() for t in pending])
    done, pending = await asyncio.wait([d], timeout=0.01)
    print("timeout", len(done), len(pending))
    d.cancel()
    for bad, kw in (([], {}), ([d], {"return_when": "SOMETIMES"})):
        try:
            await asyncio.wait(bad, **kw)
        except ValueError as e:
            print("ValueError", e)
    co = value_after(0, 1)
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print("TypeError", e)
    co.close()


asyncio.run(waits())


async def wait_fors():
    print(await asyncio.wait_for(value_after(0.01, "in time"), timeout=1))
    print(await asyncio.wait_for(value_after(0, "no timeout"), None))
    inner = asyncio.create_task(value_after(1, "slow"))
    try:
        await asyncio.wait_for(inner, timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, inner.cancelled())
    try:
        await asyncio.wait_for(value_after(1, "x"), timeout=0)
    except TimeoutError:
        print("zero timeout")
    try:
        await asyncio.wait_for(fail_after(0, KeyError("inner")), timeout=1)
    except KeyError as e:
        print("inner exception passes", repr(e))


asyncio.run(wait_fors())


async def timeouts():
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("not expired", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("expired", cm.expired(), type(e.__context__).__name__)
    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 5)
        print("rescheduled", cm.when() is not None)
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("cleanup runs")
    except TimeoutError:
        print("timed out after cleanup")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline in the past")
    # a timeout that does not fire leaves other errors alone
    try:
        async with asyncio.timeout(1):
            raise LookupError("own")
    except LookupError as e:
        print("own error", e)


asyncio.run(timeouts())


async def as_completed_demo():
    aws = [value_after(0.03, "slow"), value_after(0.01, "fast"), value_after(0.02, "mid")]
    order = []
    for next_done in asyncio.as_completed(aws):
        order.append(await next_done)
    print("as_completed", order)
    try:
        for next_done in asyncio.as_completed([value_after(1, "late")], timeout=0.01):
            await next_done
    except TimeoutError:
        print("as_completed timeout")
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()


asyncio.run(as_completed_demo())


async def shield_demo():
    inner = asyncio.create_task(value_after(0.02, "protected"))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print("inner still finishes:", await inner)
    done = asyncio.create_task(value_after(0, "x"))
    await done
    print(asyncio.shield(done) is done)


asyncio.run(shield_demo())


def loop_api():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(loop.is_running(), loop.is_closed())
    order = []
    loop.call_soon(order.append, "soon1")
    h = loop.call_soon(order.append, "cancelled")
    loop.call_soon(order.append, "soon2")
    h.cancel()
    print("handle cancelled", h.cancelled())
    t0 = loop.time()
    loop.call_later(0.02, order.append, "later-0.02")
    loop.call_later(0.01, order.append, "later-0.01")
    loop.call_at(t0 + 0.015, order.append, "at-0.015")
    th = loop.call_later(0.005, order.append, "never")
    print(type(th).__name__, th.when() >= t0)
    th.cancel()
    loop.call_later(0.03, loop.stop)
    loop.run_forever()
    print(order)
    print("waited", loop.time() - t0 >= 0.03)

    async def answer():
        await asyncio.sleep(0)
        return 42

    print(loop.run_until_complete(answer()))
    fut = loop.run_in_executor(None, pow, 2, 10)
    print("executor", loop.run_until_complete(fut))
    fut = loop.run_in_executor(None, int, "x")
    try:
        loop.run_until_complete(fut)
    except ValueError as e:
        print("executor error", e)

    def bad_callback():
        raise RuntimeError("callback failed")

    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((ctx["message"], repr(ctx.get("exception")))))
    loop.call_soon(bad_callback)
    loop.call_soon(loop.stop)
    loop.run_forever()
    print(seen[0][1], seen[0][0].startswith("Exception in callback"))
    print(loop.get_exception_handler() is not None)
    loop.set_debug(True)
    try:
        loop.call_soon(1)
    except TypeError as e:
        print("TypeError", e)
    loop.set_debug(False)
    loop.close()
    print(loop.is_closed())
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        loop.run_until_complete(answer())
    except RuntimeError as e:
        print("RuntimeError", e)
    asyncio.set_event_loop(None)


loop_api()


async def sleep_really_waits():
    start = time.monotonic()
    await asyncio.sleep(0.02)
    r = await asyncio.sleep(0, result="zero")
    print("slept enough", time.monotonic() - start >= 0.02, r)
    order = []

    async def ticker(name):
        for i in range(3):
            order.append(name + str(i))
            await asyncio.sleep(0)

    await asyncio.gather(ticker("x"), ticker("y"))
    print("interleaved", order)


asyncio.run(sleep_really_waits())


async def main_with_leftover():
    async def forever():
        try:
            await asyncio.sleep(100)
        finally:
            print("leftover task cleaned up")
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main finished"


print(asyncio.run(main_with_leftover()))

with asyncio.Runner() as runner:
    print(runner.run(value_after(0, "runner 1")), runner.run(value_after(0, "runner 2")))
