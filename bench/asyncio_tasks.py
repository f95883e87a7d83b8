"""asyncio-heavy benchmark: a producer/worker pipeline over bounded queues, a fan-out of
many short tasks gathered together, an async-generator stream, and a lock-guarded shared
counter with an event. Prints a checksum of every stage."""

import asyncio


async def producer(queue, n, workers):
    for i in range(n):
        await queue.put(i)
    for _ in range(workers):
        await queue.put(None)


async def worker(wid, inbox, outbox):
    done = 0
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            return done
        await outbox.put((wid, item * item % 9973))
        done += 1


async def collector(outbox, workers):
    total = 0
    finished = 0
    while finished < workers:
        got = await outbox.get()
        if got is None:
            finished += 1
        else:
            total += got[1]
    return total


async def pipeline(n, workers):
    inbox = asyncio.Queue(maxsize=64)
    outbox = asyncio.Queue(maxsize=64)
    tasks = [asyncio.create_task(worker(w, inbox, outbox)) for w in range(workers)]
    prod = asyncio.create_task(producer(inbox, n, workers))
    total = await collector(outbox, workers)
    counts = await asyncio.gather(*tasks)
    await prod
    return total, sum(counts)


async def short(k):
    acc = k
    for step in range(3):
        await asyncio.sleep(0)
        acc = (acc * 7 + step) % 1009
    return acc


async def fan_out(n):
    results = await asyncio.gather(*(short(k) for k in range(n)))
    return sum(results), len(results)


async def ticker(n):
    for i in range(n):
        if i % 50 == 0:
            await asyncio.sleep(0)
        yield i * 3 + 1


async def stream(n):
    total = 0
    async for v in ticker(n):
        total += v % 17
    squares = [v async for v in ticker(200)]
    return total, sum(squares)


async def guarded(n, tasks):
    lock = asyncio.Lock()
    ready = asyncio.Event()
    state = {"count": 0}

    async def bump(times):
        await ready.wait()
        for _ in range(times):
            async with lock:
                value = state["count"]
                if value % 97 == 0:
                    await asyncio.sleep(0)
                state["count"] = value + 1

    running = [asyncio.create_task(bump(n)) for _ in range(tasks)]
    await asyncio.sleep(0)
    ready.set()
    await asyncio.gather(*running)
    return state["count"]


async def main():
    total, handled = await pipeline(30000, 4)
    print("pipeline", total, handled)
    s, count = await fan_out(6000)
    print("fan-out", s, count)
    print("stream", *(await stream(30000)))
    print("guarded", await guarded(4000, 8))


asyncio.run(main())
