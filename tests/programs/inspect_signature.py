# inspect.signature / Signature / Parameter: str() of many function shapes,
# construction errors, replace, equality, methods, classes, partials, wrappers.
import functools
import inspect
from inspect import Parameter, Signature


def show(label, thunk):
    try:
        value = thunk()
    except Exception as exc:
        value = '%s: %s' % (type(exc).__name__, exc)
    print(label, '->', value)


def repr_free(thunk):
    try:
        return thunk()
    except ValueError as exc:
        return 'ValueError: ' + str(exc).split(' at ')[0]


def f00(): pass
def f01(a): pass
def f02(a, b): pass
def f03(a, b=1): pass
def f04(a=None, b='x', c=(1, 2)): pass
def f05(*args): pass
def f06(**kw): pass
def f07(*args, **kw): pass
def f08(a, *args): pass
def f09(a, *, b): pass
def f10(a, *, b=2): pass
def f11(*, a, b=1, c): pass
def f12(a, /): pass
def f13(a, b, /): pass
def f14(a, /, b): pass
def f15(a, /, *, b): pass
def f16(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def f17(a=[1, 'two'], b={'k': None}, c=1.5, d=-3, e=True, f=b'x'): pass
def f18(a, /, *args, **kw): pass
def f19(a=1, /, *args, b, **kw): pass
def f20(self, x, y=0.0): pass
def f21(a, b='\n', c='it\'s'): pass
def f22(_a, __b, c_1=0): pass
def f23(a, /, b=2, *, c=3, **rest): pass
def f24(*, only): pass
lam1 = lambda: 0
lam2 = lambda x, y=2, *z, w, **v: 0
lam3 = lambda x, /, y: 0


def gen(a, b=1):
    yield a


async def coro(a, *, b):
    return a


shapes = [f00, f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13,
          f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, lam1, lam2, lam3,
          gen, coro]
for fn in shapes:
    sig = inspect.signature(fn)
    print(fn.__name__, str(sig), repr(sig))
    print('   ', [(p.name, str(p.kind), p.kind.description, p.default is p.empty)
                  for p in sig.parameters.values()])

# Annotations, set explicitly so they do not depend on how a def records them.
def ann(a, b='x', *c, d=None, **e): pass
ann.__annotations__ = {'a': int, 'b': 'str', 'c': float, 'd': list, 'e': dict, 'return': None}
print(str(inspect.signature(ann)))
class Local: pass
def ann2(a, b, c, d): pass
ann2.__annotations__ = {'a': list[int], 'b': inspect.Parameter, 'c': Local, 'd': 'Local',
                        'return': 'ret'}
print(str(inspect.signature(ann2)))
def ann3(x, y=3): pass
ann3.__annotations__ = {'x': tuple[int, ...], 'y': dict[str, list[int]], 'return': bool}
sig = inspect.signature(ann3)
print(str(sig), sig.return_annotation, sig.parameters['x'].annotation)
print(inspect.formatannotation(int), inspect.formatannotation(Local),
      inspect.formatannotation('x'), inspect.formatannotation(list[str]),
      inspect.formatannotation(Local, '__main__'), inspect.formatannotation(None))

# Parameter construction and its errors.
show('p1', lambda: Parameter(1, Parameter.POSITIONAL_ONLY))
show('p2', lambda: Parameter('1a', Parameter.POSITIONAL_ONLY))
show('p3', lambda: Parameter('a', 7))
show('p4', lambda: Parameter('a', 'x'))
show('p5', lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
show('p6', lambda: Parameter('a', Parameter.VAR_KEYWORD, default=1))
show('p7', lambda: Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD))
show('p8', lambda: Parameter('.0', Parameter.POSITIONAL_ONLY))
show('p9', lambda: Parameter('.0', Parameter.KEYWORD_ONLY))
show('p10', lambda: Parameter('a', Parameter.POSITIONAL_ONLY, default=None))
show('p11', lambda: str(Parameter('a', Parameter.KEYWORD_ONLY, default='x', annotation=int)))
show('p12', lambda: str(Parameter('a', Parameter.VAR_POSITIONAL, annotation='int')))
show('p13', lambda: str(Parameter('a', Parameter.VAR_KEYWORD, annotation=list[int])))
show('p14', lambda: Parameter('a', 2))
show('p15', lambda: Parameter('a-b', 1))
show('p16', lambda: Parameter('', 1))
show('kinds', lambda: [repr(k) for k in (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD,
                                          Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY,
                                          Parameter.VAR_KEYWORD)])
show('kind str', lambda: [str(k) for k in (Parameter.POSITIONAL_ONLY, Parameter.VAR_KEYWORD)])
show('kind int', lambda: [int(Parameter.KEYWORD_ONLY), Parameter.KEYWORD_ONLY == 3,
                          Parameter.VAR_POSITIONAL < Parameter.KEYWORD_ONLY])
show('descriptions', lambda: [k.description for k in (0, 1, 2, 3, 4) and
                              (Parameter.POSITIONAL_ONLY, Parameter.POSITIONAL_OR_KEYWORD,
                               Parameter.VAR_POSITIONAL, Parameter.KEYWORD_ONLY,
                               Parameter.VAR_KEYWORD)])
show('kind from int', lambda: Parameter('z', 3).kind)
show('empty', lambda: (Parameter.empty, Signature.empty, Parameter.empty is Signature.empty,
                       inspect.Parameter.empty.__name__))
show('eq', lambda: (Parameter('a', 1) == Parameter('a', 1), Parameter('a', 1) == Parameter('a', 0),
                    Parameter('a', 1, default=2) == Parameter('a', 1, default=2),
                    Parameter('a', 1) == 'a', Parameter('a', 1) != Parameter('b', 1)))
show('hash', lambda: hash(Parameter('a', 1)) == hash(Parameter('a', 1)))
show('replace1', lambda: Parameter('a', 1).replace(name='b', default=3))
show('replace2', lambda: Parameter('a', 1, default=4).replace(default=Parameter.empty))
show('replace3', lambda: Parameter('a', 1, annotation=int).replace(annotation=Parameter.empty))
show('replace4', lambda: Parameter('a', 1).replace(kind=Parameter.VAR_POSITIONAL))
show('replace5', lambda: Parameter('a', 1).replace(kind=Parameter.VAR_POSITIONAL, default=1))
show('attrs', lambda: (Parameter('q', 3, default=5).name, Parameter('q', 3, default=5).default,
                       Parameter('q', 3).annotation))
def set_name():
    p = Parameter('a', 1)
    p.name = 'b'
show('readonly', set_name)

# Signature construction, validation and methods.
P = Parameter
show('s1', lambda: Signature([P('a', 1), P('b', 0)]))
show('s2', lambda: Signature([P('a', 1, default=1), P('b', 1)]))
show('s3', lambda: Signature([P('a', 1), P('a', 1)]))
show('s4', lambda: Signature([P('a', 3), P('b', 1)]))
show('s5', lambda: Signature([P('a', 4), P('b', 3)]))
show('s6', lambda: Signature([P('a', 3, default=1), P('b', 3)]))
show('s7', lambda: Signature([P('a', 0, default=1), P('b', 1)]))
show('s8', lambda: Signature([P('a', 0), P('b', 2), P('c', 3)]))
show('s9', lambda: Signature([P('a', 0), P('c', 3)]))
show('s10', lambda: Signature([P('a', 0)], return_annotation=int))
show('s11', lambda: Signature(return_annotation='x'))
show('s12', lambda: (Signature(), str(Signature())))
show('s13', lambda: Signature([P('a', 2), P('b', 2)]))
show('s14', lambda: Signature([P('a', 4), P('b', 4)]))
show('s15', lambda: Signature([P('b', 1), P('a', 0)]))
show('s16', lambda: Signature([P('a', 2), P('b', 1)]))
show('s17', lambda: Signature([1]))
show('s18', lambda: Signature((P('x', 0), P('y', 1, default=0))))
show('params', lambda: list(Signature([P('a', 1), P('b', 3)]).parameters.items()))
show('params keys', lambda: list(inspect.signature(f16).parameters))
show('params len', lambda: len(inspect.signature(f16).parameters))
show('params get', lambda: inspect.signature(f16).parameters['e'])
show('replace r', lambda: Signature([P('a', 1)]).replace(return_annotation=int))
show('replace p', lambda: Signature([P('a', 1)]).replace(parameters=[]))
show('replace bad', lambda: Signature([P('a', 1)]).replace(parameters=[P('a', 3), P('b', 1)]))
show('seq1', lambda: Signature([P('a', 1)]) == Signature([P('a', 1)]))
show('seq2', lambda: Signature([P('a', 1)]) == Signature([P('a', 1)], return_annotation=int))
show('seq3', lambda: Signature([P('a', 1), P('b', 3)]) == Signature([P('b', 3), P('a', 1)]))
show('seq4', lambda: Signature([P('a', 3), P('b', 3)]) == Signature([P('b', 3), P('a', 3)]))
show('seq5', lambda: Signature([P('a', 1), P('b', 1)]) == Signature([P('b', 1), P('a', 1)]))
show('seq6', lambda: Signature() == 5, )
show('shash', lambda: hash(Signature([P('a', 3), P('b', 3)])) == hash(Signature([P('b', 3), P('a', 3)])))
show('same', lambda: inspect.signature(f16) == inspect.signature(f16))
show('from_callable', lambda: Signature.from_callable(f16))

# Non-callables.
show('nc1', lambda: inspect.signature(1))
show('nc2', lambda: inspect.signature(None))
show('nc3', lambda: inspect.signature('abc'))

# Methods and classes.
class C:
    def m(self, a, b=2): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(y, z=1): pass
    def __call__(self, q, *r): pass
class D:
    def __init__(self, a, b=1): pass
class E:
    def __new__(cls, x, *, y): pass
class F: pass
class G(D): pass
class M(type):
    def __call__(cls, mm): pass
class H(metaclass=M): pass
class I:
    __signature__ = Signature([Parameter('zz', 1)])
class A:
    def __new__(cls, n1): pass
    def __init__(self, i1, i2): pass
class B(A):
    def __init__(self, b1): pass
class Bn(A):
    def __new__(cls, bn): pass
class X(int): pass
class Z(Exception): pass
class W(X):
    def __init__(self, w): pass
class K:
    def __init__(self, *args, **kw): pass
class Q:
    def __init__(self, *, only): pass
show('C.m', lambda: inspect.signature(C.m))
show('C().m', lambda: inspect.signature(C().m))
show('C.cm', lambda: inspect.signature(C.cm))
show('C.sm', lambda: inspect.signature(C.sm))
show('C().sm', lambda: inspect.signature(C().sm))
show('C()', lambda: inspect.signature(C()))
show('C.__call__', lambda: inspect.signature(C.__call__))
for cls in (C, D, E, F, G, H, I, A, B, Bn, W, K, Q):
    show(cls.__name__, lambda: inspect.signature(cls))
show('X', lambda: inspect.signature(X))
show('Z', lambda: inspect.signature(Z))
show('int', lambda: inspect.signature(int))
show('range', lambda: inspect.signature(range))
show('max', lambda: inspect.signature(max))
show('object', lambda: inspect.signature(object))
show('type', lambda: inspect.signature(type))
show('M', lambda: inspect.signature(M))

# Bound methods of functions that cannot take a self.
import types
show('mt1', lambda: inspect.signature(types.MethodType(lambda self, a: 0, 1)))
show('mt2', lambda: inspect.signature(types.MethodType(lambda *a: 0, 1)))
show('mt3', lambda: inspect.signature(types.MethodType(lambda *, a: 0, 1)))
show('mt4', lambda: inspect.signature(types.MethodType(lambda: 0, 1)))
show('mt5', lambda: inspect.signature(types.MethodType(lambda **k: 0, 1)))

# functools.partial.
def pf(a, b=2, *c, d, e=5, **g): pass
def pw(a, b, /, c): pass
show('pa1', lambda: inspect.signature(functools.partial(pf, 1)))
show('pa2', lambda: inspect.signature(functools.partial(pf, 1, 2)))
show('pa3', lambda: inspect.signature(functools.partial(pf, 1, 2, 3)))
show('pa4', lambda: inspect.signature(functools.partial(pf, b=3)))
show('pa5', lambda: inspect.signature(functools.partial(pf, d=3)))
show('pa6', lambda: inspect.signature(functools.partial(pf, a=3)))
show('pa7', lambda: inspect.signature(functools.partial(pf, x=3)))
show('pa8', lambda: inspect.signature(functools.partial(pw, 1)))
show('pa9', lambda: inspect.signature(functools.partial(pw, c=1)))
show('pa10', lambda: inspect.signature(functools.partial(pw, 1, 2, 3)))
show('pa11', lambda: repr_free(lambda: inspect.signature(functools.partial(pw, 1, 2, 3, 4))))
show('pa12', lambda: inspect.signature(functools.partial(C().m, 1)))
show('pa13', lambda: inspect.signature(functools.partial(functools.partial(pw, 1), 2)))
show('pa14', lambda: inspect.signature(functools.partial(D, b=0)))

# __wrapped__ and __signature__.
@functools.wraps(pf)
def wrapper(*args, **kw):
    return pf(*args, **kw)
show('wrapped', lambda: inspect.signature(wrapper))
show('not followed', lambda: inspect.signature(wrapper, follow_wrapped=False))
def sigf(a, b): pass
sigf.__signature__ = None
show('sig None', lambda: inspect.signature(sigf))
sigf.__signature__ = 5
show('sig 5', lambda: inspect.signature(sigf))
sigf.__signature__ = Signature([Parameter('x', 1)], return_annotation=str)
show('sig set', lambda: inspect.signature(sigf))
def outer(q): pass
def stops(*a): pass
stops.__signature__ = Signature([Parameter('own', 1)])
stops.__wrapped__ = outer
show('sig stops unwrap', lambda: inspect.signature(stops))
