# asyncio with async generators, async comprehensions and hot loops (for the uop tier and
# the JIT: the coroutine instructions are left to tier 1).
import asyncio


async def ticks(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def squares(n):
    async for i in ticks(n):
        yield i * i


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        if self.i % 100 == 0:
            await asyncio.sleep(0)
        return self.i


async def hot():
    total = 0
    async for v in AsyncRange(3000):
        total += v
    acc = 0
    for i in range(2000):
        acc += await plus_one(i)
    comp = sum([x async for x in AsyncRange(500) if x % 2])
    return total, acc, comp


async def plus_one(x):
    return x + 1


async def main():
    print([x async for x in squares(5)])
    print({k: v async for k, v in pairs()})
    print(await hot())
    gen = ticks(10, 0.001)
    first = [await gen.__anext__() for _ in range(3)]
    await gen.aclose()
    print("first three", first)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")
    results = await asyncio.gather(*(collect(i) for i in range(3)))
    print(results)
    try:
        async for x in broken():
            print("got", x)
    except ZeroDivisionError as e:
        print("error from async generator:", e)


async def pairs():
    for k in "abc":
        await asyncio.sleep(0)
        yield k, ord(k)


async def collect(n):
    return [x async for x in ticks(n + 1)]


async def broken():
    yield 1
    await asyncio.sleep(0)
    yield 1 / 0


asyncio.run(main())
