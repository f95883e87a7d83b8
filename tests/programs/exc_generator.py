# exceptions and generators
def gen():
    try:
        yield 1
        yield 2
        raise ValueError('inside generator')
    finally:
        print('gen finally')
g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration as e:
    print('exhausted', repr(e))
def catcher():
    while True:
        try:
            x = yield
            print('got', x)
        except KeyError as e:
            print('generator handled', repr(e))
            yield 'recovered'
c = catcher()
next(c)
c.send('a')
print(c.throw(KeyError('k')))
next(c)
c.send('b')
try:
    c.throw(TypeError('not handled'))
except TypeError as e:
    print('propagated', e)
def returns():
    yield 1
    return 'ret value'
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
def bad_stop():
    yield 1
    raise StopIteration('explicit')
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def cleanup():
    try:
        yield 'x'
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
cl = cleanup()
next(cl)
cl.close()
print('closed')
print(list(x for x in range(3) if x != 1))
try:
    sum(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('genexpr error', e)
