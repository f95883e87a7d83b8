# generator send()
def echo():
    received = None
    while True:
        received = yield f'echo: {received}'
e = echo()
print(next(e))
print(e.send('hello'))
print(e.send(42))
print(next(e))
def averager():
    total, count, avg = 0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 40]:
    print(a.send(v))
fresh = echo()
try:
    fresh.send('too early')
except TypeError as err:
    print(type(err).__name__, err)
print(fresh.send(None))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        elif cmd == 'stop':
            return 'stopped at ' + str(n)
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send('reset'), next(c))
try:
    c.send('stop')
except StopIteration as s:
    print('StopIteration:', s.value)
def coroutine_log():
    log = []
    try:
        while True:
            log.append((yield))
    finally:
        print('log was', log)
cl = coroutine_log()
next(cl)
cl.send('x')
cl.send('y')
cl.close()
