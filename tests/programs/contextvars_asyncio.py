# contextvars with asyncio: each task runs in a copy of the context current when it was
# created; callbacks from call_soon/call_later/add_done_callback run in a context too.
import asyncio
import contextvars

request = contextvars.ContextVar('request', default='none')
trail = []


async def handler(name, delay):
    before = request.get()
    request.set(name)
    await asyncio.sleep(delay)
    trail.append((name, request.get()))
    await asyncio.sleep(0)
    return f'{name}: saw {before!r} first, {request.get()!r} after'


async def nested():
    request.set('outer')
    inner = asyncio.create_task(handler('inner', 0.01))
    result = await inner
    # The child's set() did not leak into the parent.
    return result, request.get()


def callback(label, fut):
    fut.set_result((label, request.get()))


async def main():
    request.set('main')
    tasks = [asyncio.create_task(handler(f'task{i}', 0.03 - i * 0.01)) for i in range(3)]
    for line in await asyncio.gather(*tasks):
        print(line)
    print('main still sees', request.get())
    print(sorted(trail))

    print(await asyncio.create_task(nested()))
    print('main after nested', request.get())

    # A task created with an explicit context uses it (and writes to it).
    ctx = contextvars.Context()
    t = asyncio.create_task(handler('explicit', 0), context=ctx)
    print(await t)
    print('ctx now holds', ctx[request], 'main holds', request.get())

    loop = asyncio.get_running_loop()
    # call_soon copies the current context when no context is given.
    fut = loop.create_future()
    request.set('at call_soon')
    loop.call_soon(callback, 'soon', fut)
    request.set('changed later')
    print(await fut)

    # An explicit context for call_soon and call_later.
    c2 = contextvars.copy_context()
    c2.run(request.set, 'in c2')
    fut = loop.create_future()
    loop.call_soon(callback, 'soon-ctx', fut, context=c2)
    print(await fut)
    fut = loop.create_future()
    loop.call_later(0.001, callback, 'later-ctx', fut, context=c2)
    print(await fut)

    # Done callbacks run in the context current when they were added (or the given one).
    seen = []
    f = loop.create_future()
    request.set('adding')
    f.add_done_callback(lambda _: seen.append(request.get()))
    f.add_done_callback(lambda _: seen.append(request.get()), context=c2)
    request.set('after adding')
    f.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(seen)

    # Setting a variable inside a callback does not leak into the task.
    def setter():
        request.set('from callback')
    loop.call_soon(setter)
    await asyncio.sleep(0)
    print('task sees', request.get())

    # Each callback runs in its own copy: a set in one is not seen by the next, but a
    # callback it schedules copies the context with the value set.
    request.set('base')
    log = []
    tokens = []

    def first():
        tokens.append(request.set('first'))
        log.append(('first', request.get()))
        loop.call_soon(lambda: log.append(('scheduled by first', request.get())))

    def second():
        log.append(('second', request.get()))
        try:
            request.reset(tokens[0])
        except ValueError as exc:
            log.append(('reset elsewhere', str(exc).split('> ')[-1]))

    def own_reset():
        token = request.set('temporary')
        request.reset(token)
        log.append(('own reset', request.get()))

    loop.call_soon(first)
    loop.call_soon(second)
    loop.call_soon(own_reset)
    loop.call_soon(lambda: log.append(('last', request.get())))
    for _ in range(3):
        await asyncio.sleep(0)
    for entry in log:
        print(entry)
    print('task sees', request.get())


asyncio.run(main())
print('top level sees', request.get())

# Runner.run takes a context too.
ctx = contextvars.copy_context()
ctx.run(request.set, 'runner ctx')


async def show():
    return request.get()

with asyncio.Runner() as runner:
    print(runner.run(show(), context=ctx))
    print(runner.run(show()))

# A Runner copies the context once, when its loop is made: its runs share that copy.
async def setter():
    request.set('set in the first run')

request.set('before the runner')
with asyncio.Runner() as runner:
    request.set('after the runner was made')
    runner.run(setter())
    print(runner.run(show()))
print(request.get())


async def set_in_main():
    request.set('in asyncio.run')

asyncio.run(set_in_main())
print(request.get())
