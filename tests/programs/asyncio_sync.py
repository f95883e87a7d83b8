# asyncio: Queue/LifoQueue/PriorityQueue, Event, Lock, Semaphore, BoundedSemaphore, Condition.
import asyncio


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    produced = []
    consumed = []

    async def producer():
        for i in range(5):
            await q.put(i)
            produced.append(i)

    async def consumer():
        for _ in range(5):
            item = await q.get()
            consumed.append(item)
            q.task_done()
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    print("produced", produced, "consumed", consumed)
    await q.join()
    print("joined", q.qsize())
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), q.full())
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for item in [3, 1, 2]:
        lq.put_nowait(item)
        pq.put_nowait((item, "p%d" % item))
    print("lifo", [lq.get_nowait() for _ in range(3)])
    print("priority", [pq.get_nowait() for _ in range(3)])
    # a getter waiting on an empty queue, woken by a put
    waiter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print("getter waiting", waiter.done())
    await q.put("wake")
    print("getter got", await waiter)
    # a cancelled getter leaves the queue usable
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q.put_nowait("after cancel")
    print("cancelled getter", g.cancelled(), q.get_nowait())
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out", q.empty())
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.Queue.__module__)


asyncio.run(queues())


async def events():
    ev = asyncio.Event()
    print("is_set", ev.is_set())
    woken = []

    async def waiter(n):
        await ev.wait()
        woken.append(n)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("before set", woken)
    ev.set()
    await asyncio.gather(*tasks)
    print("after set", sorted(woken), await ev.wait())
    ev.clear()
    print("cleared", ev.is_set())


asyncio.run(events())


async def locks():
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(name + " in")
            await asyncio.sleep(0.001)
            order.append(name + " out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order)
    print("locked", lock.locked())
    await lock.acquire()
    print("acquired", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    # a waiter cancelled while queued does not keep the lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("after cancelled waiter", lock.locked(), t.cancelled())


asyncio.run(locks())


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]

    async def job(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
        return i

    print(await asyncio.gather(*(job(i) for i in range(6))), "peak", peak[0])
    print("locked", sem.locked())
    await sem.acquire()
    await sem.acquire()
    print("locked at zero", sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("unbounded release ok", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)


asyncio.run(semaphores())


async def conditions():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((n, items.pop(0)))

    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in "xyz":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print("consumed", got)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    flags = []

    async def sleeper(i):
        async with cond:
            await cond.wait()
            flags.append(i)

    ts = [asyncio.create_task(sleeper(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print("notify_all woke", sorted(flags), cond.locked())
    shared = asyncio.Lock()
    c2 = asyncio.Condition(shared)
    async with c2:
        print("shared lock held", shared.locked())


asyncio.run(conditions())


async def handoff():
    # A lock released to a queued waiter is not taken by a newcomer meanwhile.
    lock = asyncio.Lock()
    order = []

    async def user(name):
        async with lock:
            order.append(name)
            await asyncio.sleep(0)

    await lock.acquire()
    first = asyncio.create_task(user("queued"))
    await asyncio.sleep(0)
    lock.release()
    second = asyncio.create_task(user("newcomer"))
    await asyncio.gather(first, second)
    print("handoff order", order)
    # a waiter woken and then cancelled passes the lock on
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    b = asyncio.create_task(user("next"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    await b
    print("after lost wake-up", order, lock.locked())
    # a condition waiter cancelled while waiting gets its lock back before raising
    cond = asyncio.Condition()

    async def cond_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled waiter holds lock:", cond.locked())
                raise

    w = asyncio.create_task(cond_waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", cond.locked())
    # semaphore slots go to waiters in order
    sem = asyncio.Semaphore(0)
    got = []

    async def taker(i):
        await sem.acquire()
        got.append(i)

    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    await asyncio.sleep(0)
    print("semaphore order", got, sem.locked())
    sem.release()
    await asyncio.gather(*ts)
    print("all took", got)


asyncio.run(handoff())
