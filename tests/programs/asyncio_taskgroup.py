# asyncio.TaskGroup, asyncio.timeout / timeout_at and asyncio.Runner.
import asyncio

log = []
async def ok(n, d):
    await asyncio.sleep(d)
    log.append(f"ok{n}")
    return n
async def fail(n, d, exc=ValueError):
    await asyncio.sleep(d)
    log.append(f"fail{n}")
    raise exc(n)
async def slow(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"cancelled{n}")
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1, 0.01))
        t2 = tg.create_task(ok(2, 0.02), name="second")
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name(), log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            # Both fail in the same turn of the loop (a zero sleep), so both are in the
            # group whatever the machine's load; timers 0.01 s apart could fire apart.
            tg.create_task(fail(1, 0))
            tg.create_task(slow(2))
            tg.create_task(fail(3, 0, TypeError))
            await asyncio.sleep(1)
            log.append("body not reached")
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
    print(log); log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(1))
            raise KeyError("body")
    except BaseExceptionGroup as e:
        print(repr(e), log)
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, 0))
            await asyncio.sleep(0.05)
    except BaseExceptionGroup as e:
        print(repr(e), str(e))
    log.clear()
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = ok(1, 0)
    try: tg.create_task(c)
    except RuntimeError as e: print(e)
    c.close()
    async with tg:
        print(repr(tg))
        try:
            async with tg: pass
        except RuntimeError as e: print(e)
    c = ok(1, 0)
    try: tg.create_task(c)
    except RuntimeError as e: print(e)
    c.close()
    # body failing with cancellation inside
    try:
        async with asyncio.TaskGroup() as tg:
            # As above: one turn of the loop, so both are in the group on any machine.
            tg.create_task(fail(1, 0))
            tg.create_task(fail(2, 0, BaseException))
    except BaseExceptionGroup as e:
        print(type(e).__name__, repr(e))
    # nested groups
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fail(9, 0))
            outer.create_task(inner_group())
    except ExceptionGroup as e:
        print(repr(e))
    # task returning a non-coroutine
    async with asyncio.TaskGroup() as tg:
        try: tg.create_task(5)
        except TypeError as e: print(e)
asyncio.run(main())


async def fail_now(n):
    raise ValueError(n)


async def chaining():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_now(1))
            await asyncio.sleep(1)
    except ExceptionGroup as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_now(1))
            raise KeyError(1)
    except ExceptionGroup as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__, repr(e))

    async def parent():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(10))
            await asyncio.sleep(10)

    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled", t.cancelled())
    try:
        async with asyncio.timeout(0.01) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(asyncio.sleep(10))
        print("not reached")
    except TimeoutError as e:
        print("timeout", cm.expired(), repr(e.__cause__))


asyncio.run(chaining())
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(5)
    print(repr(t).replace(str(t.when()), "W"))
    try: t.reschedule(1)
    except RuntimeError as e: print("created:", e)
    print(t.expired())
    async with t:
        print(repr(t).startswith("<Timeout [active] when="))
        try:
            async with t: pass
        except RuntimeError as e: print("reenter:", e)
    try:
        async with t: pass
    except RuntimeError as e: print("reenter after:", e)
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner cancelled", repr(cm))
                try: cm.reschedule(None)
                except RuntimeError as e: print("expiring:", e)
                raise
    except TimeoutError as e:
        print("TE", repr(e), repr(e.__cause__), repr(e.__context__), repr(cm))
    # reschedule into past
    async with asyncio.timeout(10) as cm:
        cm.reschedule(loop.time() - 1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cancel from past")
            raise
    print("not reached")
async def main2():
    # exception inside after expiry is propagated
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                raise KeyError("x")
    except KeyError as e:
        print("KeyError propagated")
    # suppressing cancellation inside
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed")
    print("after swallow", cm.expired(), repr(cm))
    try:
        asyncio.timeout(1)
    except RuntimeError as e:
        print(e)
    async def outside():
        pass
    t = asyncio.timeout_at(loop_time := asyncio.get_running_loop().time() + 0.01)
    print(t.when() == loop_time)
    async with t:
        pass
    print(repr(t))
try:
    asyncio.run(main())
except TimeoutError:
    print("main TimeoutError")
asyncio.run(main2())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print(e)

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "runner result")))
    print(runner.run(asyncio.sleep(0, "second run")))

# SystemExit from the block: the members are cancelled and it is raised alone.
later_log = []


async def sleeper(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        later_log.append(f"cancelled{n}")
        raise


async def failing_soon(n):
    await asyncio.sleep(0.01)
    raise ValueError(n)


async def base_errors():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper(1))
            await asyncio.sleep(0)
            raise SystemExit(3)
    except SystemExit as e:
        print("SystemExit", e.code, later_log)
    try:
        async with asyncio.TaskGroup() as tg:
            async def spawner():
                await asyncio.sleep(0.02)
                tg.create_task(sleeper(5))
            tg.create_task(spawner())
            tg.create_task(failing_soon(1))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("block cancelled", repr(tg))
                raise
    except ExceptionGroup as e:
        print(repr(e), repr(tg))
        late = sleeper(6)
        try:
            tg.create_task(late)
        except RuntimeError as err:
            print(err)
        late.close()


asyncio.run(base_errors())
