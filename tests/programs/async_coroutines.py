# Coroutines driven by hand (no asyncio): async def, await, send/throw/close, errors.
import types


def run(coro):
    """Drives a coroutine to completion, printing what it yields."""
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value
        print("  yielded", y)
        value = y * 10 if isinstance(y, int) else None


class Ticket:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        got = yield self.n
        return ("ticket", self.n, got)


async def add(a, b):
    x = await Ticket(a)
    y = await Ticket(b)
    return x, y


async def outer():
    r = await add(1, 2)
    print("inner result", r)
    return "done"


print(run(outer()))

c = add(3, 4)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.send(5)
    c.send(6)
except StopIteration as e:
    print("stop", e.value)
for op in ("send", "throw", "close"):
    try:
        if op == "send":
            c.send(None)
        elif op == "throw":
            c.throw(ValueError)
        else:
            print("close ->", c.close())
    except RuntimeError as e:
        print(op, "RuntimeError", e)

print(add.__code__.co_flags & 0x80 != 0, add.__code__.co_flags & 0x20 != 0)


def check(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except BaseException as e:
        print(label, type(e).__name__, e)


async def await_it(x):
    return await x


check("await int", lambda: await_it(1).send(None))
check("await None", lambda: await_it(None).send(None))


class BadAwait:
    def __await__(self):
        return 5


class CoroAwait:
    def __await__(self):
        return add(1, 2)


check("bad __await__", lambda: await_it(BadAwait()).send(None))
cc = CoroAwait()
check("coro __await__", lambda: await_it(cc).send(None))
co = add(1, 1)
check("iter coroutine", lambda: iter(co))
check("next coroutine", lambda: next(co))
check("send non-None", lambda: co.send(1))
co.close()


def gen_from_coro():
    yield from add(1, 2)


check("yield from coro", lambda: next(gen_from_coro()))


async def twice():
    co = add(1, 2)
    run(co)
    await co


check("reuse", lambda: run(twice()))


# Exceptions travel through await both ways.
class Boom(Exception):
    pass


async def raiser():
    await Ticket(1)
    raise Boom("inner")


async def catcher():
    try:
        await raiser()
    except Boom as e:
        print("caught", e)
        return "recovered"


print(run(catcher()))


async def waits():
    try:
        await Ticket(9)
    except KeyError as e:
        print("got thrown", repr(e))
        return "after throw"


w = waits()
print(w.send(None))
check("throw", lambda: w.throw(KeyError("k")))

w = waits()
w.send(None)
check("close suspended", lambda: w.close())
check("send closed", lambda: w.send(None))


async def stubborn():
    try:
        await Ticket(1)
    except GeneratorExit:
        await Ticket(2)


s = stubborn()
s.send(None)
check("ignored exit", lambda: s.close())


async def stops():
    raise StopIteration(3)


check("StopIteration inside", lambda: stops().send(None))


async def returns_none():
    pass


check("plain return", lambda: returns_none().send(None))

# __await__ wrapper
w = add(5, 6).__await__()
print(type(w).__name__, next(w), w.send(1))
check("wrapper finish", lambda: w.send(2))
print(iter(w) is w)


# types.coroutine
@types.coroutine
def legacy():
    got = yield "legacy-yield"
    return "legacy:" + str(got)


async def use_legacy():
    return await legacy()


lc = use_legacy()
print(lc.send(None))
check("legacy result", lambda: lc.send("x"))
check("types.coroutine(1)", lambda: types.coroutine(1))


async def nested_closure(n):
    async def inner(k):
        return k * n + await Ticket(k)[0] if False else k * n
    total = 0
    for i in range(3):
        total += await inner(i)
    return total


print(run(nested_closure(5)))


class Methods:
    def __init__(self):
        self.log = []

    async def step(self, x):
        self.log.append(x)
        return len(self.log)

    @staticmethod
    async def static():
        return "static"

    @classmethod
    async def klass(cls):
        return cls.__name__


async def use_methods():
    m = Methods()
    a = await m.step("a")
    b = await m.step("b")
    return a, b, m.log, await Methods.static(), await Methods.klass()


print(run(use_methods()))
print(isinstance(add(1, 2).__class__, type), types.CoroutineType.__name__)

co = add(1, 2)
del co
lam = lambda: add(0, 0)
c2 = lam()
print(type(c2).__name__)
c2.close()
