# async for, async with, async generators and async comprehensions, driven by hand.
def run(coro):
    while True:
        try:
            y = coro.send(None)
        except StopIteration as e:
            return e.value
        print("  (suspended with", y, ")")


class Pause:
    def __await__(self):
        yield "pause"


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def loops():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x * 10)
    else:
        out.append("not reached")
    return out


print(run(loops()))


async def agen(n):
    for i in range(n):
        await Pause()
        got = yield i
        if got is not None:
            print("  agen got", got)
    print("  agen done")


async def consume():
    total = []
    async for v in agen(3):
        total.append(v)
    return total


print(run(consume()))
g = agen(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, repr(g).startswith("<async_generator object agen at"))
print(agen.__code__.co_flags & 0x200 != 0, aiter(g) is g if hasattr(__builtins__, "aiter") else True)


async def manual():
    a = agen(3)
    print(await a.__anext__())
    print(await a.asend("hello"))
    print(await a.athrow(StopAsyncIteration) if False else "skip")
    r = await a.aclose()
    print("aclose ->", r)
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print("exhausted after aclose")
    b = agen(1)
    print(await b.__anext__())
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("b exhausted")
    try:
        await b.__anext__()
    except StopAsyncIteration:
        print("b still exhausted")


run(manual())


async def catching():
    try:
        yield 1
    except ValueError as e:
        print("  catching got", repr(e))
        yield 2
    finally:
        print("  catching finally")


async def use_athrow():
    c = catching()
    print(await c.__anext__())
    print(await c.athrow(ValueError("v")))
    try:
        await c.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await c.__anext__()
    except StopAsyncIteration:
        print("done")


run(use_athrow())


async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def use_ignore():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)


run(use_ignore())


async def raises_stop():
    yield 1
    raise StopAsyncIteration


async def use_raises_stop():
    g = raises_stop()
    await g.__anext__()
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)


run(use_raises_stop())


async def reuse():
    g = agen(2)
    step = g.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError", e)


run(reuse())


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("  enter", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None, ev)
        await Pause()
        return self.swallow


async def withs():
    async with Manager("a") as v:
        print("  body", v)
    async with Manager("b", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Manager("c"):
            raise KeyError("kept")
    except KeyError as e:
        print("  outer caught", repr(e))
    async with Manager("d") as d, Manager("e") as e:
        print("  both", d, e)
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    return await returns_from_with()


async def returns_from_with():
    async with Manager("r"):
        return "returned"


print(run(withs()))


async def bad_with(m):
    async with m:
        pass


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return False


for m in (1, OnlyEnter(), SyncExit()):
    try:
        run(bad_with(m))
    except TypeError as e:
        print("TypeError", e)


async def bad_for(it):
    async for x in it:
        pass


class NoANext:
    def __aiter__(self):
        return 1


class SyncANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


for it in (1, [1, 2], NoANext(), SyncANext()):
    try:
        run(bad_for(it))
    except TypeError as e:
        print("TypeError", e)


async def comps():
    a = [x async for x in Counter(4)]
    b = {x: x * x async for x in Counter(3) if x != 2}
    c = {x % 2 async for x in Counter(5)}
    async def double(v):
        await Pause()
        return v * 2
    d = [await double(x) for x in range(3)]
    e = [[await double(y) for y in range(x)] for x in range(3)]
    f = [x + y async for x in Counter(2) for y in (10, 20)]
    gen = (await double(x) for x in range(3))
    print(type(gen).__name__)
    g = [v async for v in gen]
    h = (x async for x in Counter(2))
    i = [v async for v in h]
    return a, b, sorted(c), d, e, f, g, i


print(run(comps()))


def sync_maker():
    return (x async for x in Counter(3))


async def use_sync_maker():
    return [v async for v in sync_maker()]


print(run(use_sync_maker()))


async def exc_in_loop():
    try:
        async for x in Counter(3):
            if x == 2:
                raise ValueError("in body")
    except ValueError as e:
        print("caught", e, e.__context__)


run(exc_in_loop())

for src in [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    return lambda: await x",
]:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
ok = compile("def f():\n    return (x async for x in y)", "<src>", "exec")
print("async genexpr in sync function compiles")
