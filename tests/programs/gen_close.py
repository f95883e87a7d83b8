# generator close() and StopIteration behaviour
def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally in g')
gen = g()
print(next(gen))
gen.close()
print('after close')
try:
    next(gen)
except StopIteration:
    print('StopIteration after close')
gen.close()
unstarted = g()
unstarted.close()
print('closing unstarted generator runs no finally')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refusing'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def finite():
    yield 'only'
f = finite()
print(list(f), list(f))
print(next(f, 'default after exhaustion'))
try:
    next(f)
except StopIteration as e:
    print('StopIteration', e.args)
def closing_returns():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit, returning')
        return
cr = closing_returns()
next(cr)
print(cr.close())
def throw_target():
    try:
        yield 'a'
    except ValueError as e:
        print('inside got', e)
        yield 'b'
    yield 'c'
t = throw_target()
print(next(t), t.throw(ValueError('injected')), next(t))
