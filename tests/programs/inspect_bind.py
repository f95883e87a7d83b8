# Signature.bind / bind_partial over a matrix of signatures and calls, and the
# BoundArguments API (arguments, args, kwargs, apply_defaults, equality, repr).
import functools
import inspect


def f1(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def f2(a, b, *, c): pass
def f3(a, /, **kw): pass
def f4(a, /): pass
def f5(*args, **kw): pass
def f6(*, a, b=2): pass
def f7(a, b=2, *args, c=4, **kw): pass
def f8(a, *, b, c=1): pass
def f9(a, /, b=2): pass
def f10(): pass
def f11(a, b=1, *, c): pass
def f12(self, *args): pass

calls = [
    ((), {}),
    ((1,), {}),
    ((1, 2), {}),
    ((1, 2, 3), {}),
    ((1, 2, 3, 4, 5), {}),
    ((), {'a': 1}),
    ((1,), {'a': 2}),
    ((1,), {'b': 2}),
    ((1,), {'c': 3}),
    ((1,), {'d': 4}),
    ((1, 2), {'c': 3}),
    ((1, 2), {'c': 3, 'd': 4}),
    ((1, 2), {'c': 3, 'b': 4}),
    ((1,), {'c': 3, 'a': 4}),
    ((1, 2, 3, 4), {'b': 5, 'd': 1}),
    ((1, 2), {'z': 9}),
    ((), {'b': 2, 'a': 1}),
    ((), {'self': 1, 'args': 2}),
    ((1, 2, 3), {'c': 1}),
    ((1,), {'d': 1, 'e': 0, 'q': 7}),
]


def attempt(thunk):
    try:
        ba = thunk()
    except TypeError as exc:
        return 'TypeError: %s' % exc
    return '%r args=%r kwargs=%r' % (ba, ba.args, ba.kwargs)


def real_call(fn, args, kw):
    try:
        fn(*args, **kw)
    except TypeError:
        return 'fails'
    return 'ok'


for fn in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12):
    sig = inspect.signature(fn)
    print('==', fn.__name__, sig)
    for args, kw in calls:
        full = attempt(lambda: sig.bind(*args, **kw))
        part = attempt(lambda: sig.bind_partial(*args, **kw))
        agree = (full.startswith('TypeError')) == (real_call(fn, args, kw) == 'fails')
        print('  ', args, kw)
        print('     bind:', full, '' if agree else '(DISAGREES WITH CALL)')
        print('     part:', part)

# apply_defaults
for fn, args, kw in [(f1, (1,), {'d': 4}), (f5, (), {}), (f7, (1,), {}),
                     (f8, (1,), {'b': 2}), (f11, (), {'c': 0})]:
    sig = inspect.signature(fn)
    ba = sig.bind_partial(*args, **kw)
    ba.apply_defaults()
    print('defaults', fn.__name__, ba, ba.arguments, ba.args, ba.kwargs)

# Editing arguments changes args and kwargs.
sig = inspect.signature(f7)
ba = sig.bind(1)
ba.arguments['b'] = 9
print(ba.args, ba.kwargs)
del ba.arguments['a']
print(ba.args, ba.kwargs)
ba.arguments['kw'] = {'x': 1}
print(ba.args, ba.kwargs, ba)
ba = sig.bind(1, 2, 3, 4, c=5, x=6)
print(ba, ba.args, ba.kwargs)
print(sig.bind(1, c=2, d=3, e=4).kwargs)
print(type(ba.arguments).__name__, ba.signature is sig, ba.signature == sig)

# Equality.
s5 = inspect.signature(f5)
print(s5.bind(1, x=3) == s5.bind(1, x=3), s5.bind(1, x=3) == s5.bind(1, x=4),
      s5.bind(1) == inspect.signature(f12).bind(1), s5.bind() == 5)
print(inspect.BoundArguments.__name__, isinstance(s5.bind(), inspect.BoundArguments))

# bind takes its own 'self' name without clashing.
def takes_self(self, other): pass
print(inspect.signature(takes_self).bind(self=1, other=2))
print(inspect.signature(f5).bind(self=1))

# A Signature built by hand binds the same way.
P = inspect.Parameter
hand = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.POSITIONAL_OR_KEYWORD, default=0),
                          P('rest', P.VAR_KEYWORD)])
for args, kw in [((1,), {}), ((1, 2), {'x': 3}), ((), {'x': 1}), ((1,), {'y': 5, 'z': 6})]:
    print(attempt(lambda: hand.bind(*args, **kw)))

# bind on a partial's signature, and a bound method's.
part = functools.partial(f7, 10, c=1)
print(inspect.signature(part), inspect.signature(part).bind(2, 3))
class K:
    def m(self, a, *, b=1): pass
print(inspect.signature(K().m).bind(1, b=2), attempt(lambda: inspect.signature(K().m).bind()))
