# inspect: getmembers, getmro, getdoc, cleandoc, getfullargspec, getattr_static,
# unwrap, getmodule, getfile, getsource family, currentframe.
import functools
import inspect
import sys


def show(label, thunk):
    try:
        value = thunk()
    except Exception as exc:
        value = '%s: %s' % (type(exc).__name__, exc)
    print(label, '->', value)


class A:
    """A doc."""
    z = 1

    def m(self):
        """m doc
           more"""

    @property
    def p(self):
        "prop doc"
        return 1

    def _private(self):
        pass


class B(A):
    y = 2

    def m(self):
        pass

    @property
    def p(self):
        return 2


def names(pairs):
    return [n for n, _ in pairs if not n.startswith('__')]


show('getmembers class', lambda: names(inspect.getmembers(B)))
show('getmembers func', lambda: names(inspect.getmembers(B, inspect.isfunction)))
show('getmembers inst', lambda: [(n, v) for n, v in inspect.getmembers(B()) if n in ('p', 'y', 'z')])
show('getmembers pred', lambda: inspect.getmembers(B, lambda v: isinstance(v, int)))
show('getmembers static', lambda: [(n, type(v).__name__) for n, v in
                                   inspect.getmembers_static(B) if n in ('p', 'y', 'm')])
show('getmembers sorted', lambda: names(inspect.getmembers(B)) == sorted(names(inspect.getmembers(B))))
ns = type('NS', (), {})()
ns.b = 2
ns.a = 1
show('getmembers obj', lambda: [(n, v) for n, v in inspect.getmembers(ns) if not n.startswith('_')])
show('getmro', lambda: inspect.getmro(B))
show('getmro object', lambda: inspect.getmro(object))

# Documentation.
show('cleandoc1', lambda: inspect.cleandoc('  a\n    b\n      c\n\n'))
show('cleandoc2', lambda: inspect.cleandoc('\n\n  x\n\ty\n  '))
show('cleandoc3', lambda: inspect.cleandoc(''))
show('cleandoc4', lambda: inspect.cleandoc('one'))
show('cleandoc5', lambda: inspect.cleandoc('\tone\n\t\ttwo'))
show('cleandoc6', lambda: inspect.cleandoc('first\n\n    second\n      third\n    '))
show('getdoc B', lambda: inspect.getdoc(B))
show('getdoc B.m', lambda: inspect.getdoc(B.m))
show('getdoc B().m', lambda: inspect.getdoc(B().m))
show('getdoc A.m', lambda: inspect.getdoc(A.m))
show('getdoc prop', lambda: inspect.getdoc(B.__dict__['p']))
show('getdoc lambda', lambda: inspect.getdoc(lambda: 0))
show('getdoc private', lambda: inspect.getdoc(A._private))
def documented():
    """
    Summary line.

        Indented example.
    Tail.
    """
show('getdoc func', lambda: inspect.getdoc(documented))

# getfullargspec.
def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass
class C:
    def m(self, x, y=5): pass
show('fas f', lambda: inspect.getfullargspec(f))
show('fas lambda', lambda: inspect.getfullargspec(lambda: 0))
show('fas method', lambda: inspect.getfullargspec(C().m))
show('fas class', lambda: inspect.getfullargspec(C))
show('fas partial', lambda: inspect.getfullargspec(functools.partial(f, 1)))
show('fas int', lambda: inspect.getfullargspec(1))
show('fas max', lambda: inspect.getfullargspec(max))
def annotated(a, *, b): pass
annotated.__annotations__ = {'a': int, 'return': str}
show('fas annotated', lambda: inspect.getfullargspec(annotated))
spec = inspect.getfullargspec(f)
show('fas fields', lambda: (spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs,
                            spec.kwonlydefaults, spec.annotations, type(spec).__name__,
                            inspect.FullArgSpec._fields))

# getattr_static.
class Desc:
    def __get__(self, obj, owner=None):
        return 'computed'
class DataDesc:
    def __get__(self, obj, owner=None):
        return 'data computed'
    def __set__(self, obj, value):
        pass
class S:
    plain = 1
    desc = Desc()
    data = DataDesc()
    def __getattr__(self, name):
        return 'dynamic ' + name
s = S()
s.__dict__['desc'] = 'instance wins'
s.__dict__['data'] = 'instance loses'
s.own = 5
show('gs plain', lambda: inspect.getattr_static(s, 'plain'))
show('gs desc', lambda: inspect.getattr_static(s, 'desc'))
show('gs data', lambda: type(inspect.getattr_static(s, 'data')).__name__)
show('gs own', lambda: inspect.getattr_static(s, 'own'))
show('gs missing', lambda: inspect.getattr_static(s, 'nothing'))
show('gs default', lambda: inspect.getattr_static(s, 'nothing', 'dflt'))
show('gs normal getattr', lambda: (s.nothing, s.desc, s.data))
show('gs class', lambda: type(inspect.getattr_static(S, 'desc')).__name__)
show('gs class plain', lambda: inspect.getattr_static(S, 'plain'))
show('gs class missing', lambda: inspect.getattr_static(S, 'own'))
show('gs inherited', lambda: inspect.getattr_static(B(), 'z'))
show('gs method', lambda: inspect.getattr_static(B(), 'm') is B.__dict__['m'])
show('gs meta', lambda: inspect.getattr_static(B, 'mro') is type.__dict__['mro'])

# unwrap.
def base(a): pass
@functools.wraps(base)
def w1(*a): pass
@functools.wraps(w1)
def w2(*a): pass
show('unwrap', lambda: inspect.unwrap(w2) is base)
show('unwrap plain', lambda: inspect.unwrap(base) is base)
show('unwrap stop', lambda: inspect.unwrap(w2, stop=lambda fn: fn is w1) is w1)
show('unwrap stop all', lambda: inspect.unwrap(w2, stop=lambda fn: True) is w2)
looped = lambda: 0
looped.__wrapped__ = looped
try:
    inspect.unwrap(looped)
except ValueError as exc:
    print('loop message starts', str(exc).split(' at ')[0])

# Modules and files.
show('getmodule func', lambda: inspect.getmodule(f).__name__)
show('getmodule class', lambda: inspect.getmodule(functools.partial).__name__)
show('getmodule module', lambda: inspect.getmodule(inspect) is inspect)
show('getmodule int', lambda: inspect.getmodule(1))
show('getfile sys', lambda: inspect.getfile(sys))
show('getfile int', lambda: inspect.getfile(int))
show('getfile 1', lambda: inspect.getfile(1))
show('getfile func', lambda: inspect.getfile(f).endswith('inspect_misc.py'))
show('getfile class', lambda: inspect.getfile(A).endswith('inspect_misc.py'))
show('getfile code', lambda: inspect.getfile(f.__code__).endswith('inspect_misc.py'))
show('getsourcefile', lambda: inspect.getsourcefile(f).endswith('inspect_misc.py'))
show('getmodulename', lambda: (inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'),
                               inspect.getmodulename('pkg/thing.pyc')))
show('indentsize', lambda: (inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x')))

# Source of objects defined in this file.


def simple(x):
    # a comment inside
    return x + 1


@functools.lru_cache(maxsize=None)
def decorated(n):
    text = """
not indented continuation line
"""
    return n


class Outer:
    """Outer doc."""

    def method(self, v=(1,
                        2)):
        return v

    class Inner:
        pass

    # trailing comment at class level


one_liner = lambda q: q * 2
def inline(): return 3


print(inspect.getsource(simple), end='')
print(inspect.getsource(decorated.__wrapped__), end='')
print(inspect.getsource(Outer), end='')
print(inspect.getsource(Outer.method), end='')
print(inspect.getsource(Outer.Inner), end='')
print(inspect.getsource(one_liner), end='')
print(inspect.getsource(inline), end='')
lines, start = inspect.getsourcelines(simple)
print(len(lines), start == simple.__code__.co_firstlineno)
show('getsource builtin', lambda: inspect.getsource(len))
show('getsource int', lambda: inspect.getsource(int))
ns = {}
exec('def made(): pass', ns)
show('getsource exec', lambda: inspect.getsource(ns['made']))

# Frames: CPython returns the caller's frame, an implementation without frame
# objects returns None.
frame = inspect.currentframe()
print('currentframe ok', frame is None or frame.f_code.co_name == '<module>')


class Kit:
    @property
    def p(self):
        return 1

    @staticmethod
    async def am(x):
        s = 'a # not comment'
        t = x + \
    1
        return s, t

    def after(self): pass


def make_inner():
    def inner(a,
              b):  # comment here
        return [a,
  b]
    return inner


def tail():
    return 1
# column-zero comment
    # indented comment after


print(inspect.getsource(Kit.p.fget), end='')
print(inspect.getsource(Kit.am), end='')
print(inspect.getsource(make_inner()), end='')
print(inspect.getsource(make_inner), end='')
print(inspect.getsource(tail), end='')
print(inspect.getsource(Kit.after), end='')
print(inspect.getsourcelines(Kit.after)[1] - inspect.getsourcelines(Kit)[1],
      inspect.getsourcelines(make_inner())[1] - inspect.getsourcelines(make_inner)[1])
