# contextvars: ContextVar get/set/reset, Token, Context mapping API, run, copy and errors.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', '', str(text))


def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except Exception as exc:
        print(label, '->', type(exc).__name__, clean(exc))
    else:
        print(label, '=', clean(repr(result)))


v = ContextVar('v')
w = ContextVar('w', default=5)
print(clean(repr(v)), clean(repr(w)), v.name, w.name)
attempt('v.get()', v.get)
attempt('v.get(3)', v.get, 3)
attempt('w.get()', w.get)
attempt('w.get(7)', w.get, 7)
try:
    v.get()
except LookupError as exc:
    print('LookupError args[0] is v:', exc.args[0] is v)

t = v.set(1)
print(type(t).__name__, t.var is v, t.old_value is Token.MISSING, Token.MISSING)
print(clean(repr(t)))
print(v.get())
t2 = v.set(2)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get())
attempt('reset again', v.reset, t2)
print(clean(repr(t2)))
v.reset(t)
attempt('v.get() after reset', v.get)
attempt('reset with wrong var', w.reset, v.set(3))
attempt('reset with non-token', v.reset, 1)
attempt('Token()', Token)
attempt('ContextVar(1)', ContextVar, 1)
attempt('Context(x)', Context, {})

# Context: a snapshot of the variables.
ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, w in ctx, ctx[v], ctx.get(v), ctx.get(w))
print(ctx.get(w, 'dflt'))
attempt('ctx[w]', lambda: ctx[w])
attempt('ctx[1]', lambda: ctx[1])
attempt('ctx.get(1)', ctx.get, 1)
attempt('1 in ctx', lambda: 1 in ctx)
print(sorted(var.name for var in ctx), sorted(var.name for var in ctx.keys()))
print(list(ctx.values()), [(k.name, val) for k, val in ctx.items()])
v.set(4)
print('ctx unchanged:', ctx[v], 'current:', v.get())


def work(a, b=10):
    print('  inside: v =', v.get(), 'a+b =', a + b)
    v.set(100)
    w.set(200)
    return 'done'


print(ctx.run(work, 1, b=2))
print('after run: ctx', ctx[v], ctx[w], 'current', v.get(), w.get())
print(ctx.run(v.get), ctx.run(w.get))

attempt('nested run', ctx.run, lambda: ctx.run(v.get))
tok = v.set(5)
attempt('reset in other context', ctx.run, v.reset, tok)
v.reset(tok)
print(v.get())

# A token from inside a context resets there.
def inside():
    tk = v.set('x')
    print('  set to', v.get())
    v.reset(tk)
    print('  back to', v.get())
ctx.run(inside)

# copy() is equal but not the same object; equality compares contents.
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2 != copy_context())
c2.run(v.set, 'changed')
print(c2 == ctx, c2[v], ctx[v])
empty = Context()
print(len(empty), list(empty), empty.get(v, 'none'))
print(empty.run(w.get), empty.run(v.get, 'default'))
attempt('empty.run(v.get)', empty.run, v.get)
attempt('hash(ctx)', hash, ctx)
print(Context() == Context(), Context() == 1)

# Exceptions inside run propagate and leave the context usable.
def boom():
    v.set('boom')
    raise ValueError('inside')
attempt('run raising', c2.run, boom)
print(c2[v], c2.run(v.get))

# Subclassing is refused; the classes can be parametrised.
for cls in (ContextVar, Context, Token):
    try:
        type('Sub', (cls,), {})
    except TypeError as exc:
        print(exc)
print(ContextVar[int], Token[str])
print(contextvars.__name__, sorted(n for n in contextvars.__all__))

# A variable is hashable and equal only to itself.
d = {v: 1, w: 2}
print(d[v], d[w], v == v, v == w, ContextVar('v') == v)

# Wrong arguments get CPython's messages.
for label, fn in [
        ('ContextVar()', lambda: ContextVar()),
        ('ContextVar(name=)', lambda: ContextVar(name='q')),
        ('two positional', lambda: ContextVar('a', 1)),
        ('three arguments', lambda: ContextVar('a', x=1, default=2)),
        ('bad keyword', lambda: ContextVar('a', defaul=1)),
        ('name keyword too', lambda: ContextVar('a', name='b')),
        ('get(1, 2)', lambda: v.get(1, 2)),
        ('get(default=)', lambda: v.get(default=3)),
        ('set()', lambda: v.set()),
        ('set(1, 2)', lambda: v.set(1, 2)),
        ('reset()', lambda: v.reset()),
        ('run()', lambda: ctx.run()),
        ('ctx.get()', lambda: ctx.get()),
        ('ctx.get(v, 1, 2)', lambda: ctx.get(v, 1, 2)),
        ('set name', lambda: setattr(v, 'name', 'x')),
        ('del name', lambda: delattr(v, 'name')),
        ('set token.var', lambda: setattr(t, 'var', 2)),
        ('set token.old_value', lambda: setattr(t, 'old_value', 2))]:
    attempt(label, fn)
print(ContextVar('d', default=None).get(), ctx.run(lambda **kw: sorted(kw), b=1, a=2))
