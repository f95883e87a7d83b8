import pprint
import io
import sys
import dataclasses
from collections import OrderedDict, defaultdict, Counter, deque
from types import SimpleNamespace

print(pprint.__all__)
data = {'name': 'tessera', 'versions': [3, 11, [0, 1, 2]], 'tags': ('vm', 'jit'),
        'nested': {'deep': {'deeper': {'deepest': list(range(12))}}}, 'n': 10 ** 9}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=2)
pprint.pprint(data, width=30, compact=True)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pprint(data, underscore_numbers=True)
pprint.pp(data, width=50)
pprint.pp(data, width=50, sort_dicts=True)
print(pprint.pformat(data, width=1))

s = io.StringIO()
pprint.pprint(list(range(30)), stream=s, width=20, compact=True)
print(repr(s.getvalue()))
p = pprint.PrettyPrinter(width=25, stream=s)
p.pprint({'k': 'v' * 30})
print(s.getvalue().splitlines()[-1])
print(p.pformat(('x', 'the quick brown fox jumps over the lazy dog')))

long_text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod ' * 3
for width in (10, 30, 45, 80):
    print(pprint.pformat(long_text, width=width))
    print(pprint.pformat([long_text], width=width))
    print(pprint.pformat({'text': long_text, 'lines': 'one\ntwo\n\nthree four five\n'}, width=width))
print(pprint.pformat(b'0123456789abcdef' * 6, width=30))
print(pprint.pformat({'blob': b'\x00\xff' * 20}, width=30))
print(pprint.pformat(['', b'', 'x', b'y'], width=1))

for kw in [dict(indent=-1), dict(depth=0), dict(depth=-2), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print('ValueError', e)
for bad in [dict(indent='x'), dict(width=None)]:
    try:
        pprint.PrettyPrinter(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
try:
    pprint.PrettyPrinter(1, 80, None, None, False)
except TypeError as e:
    print('TypeError', e)
print(pprint.pformat(list(range(5)), width=-5))

lst = [1, 2]
lst.append(lst)
d = {'self': None, 'other': [1]}
d['self'] = d
def hide(text, *objs):
    for o in objs:
        text = text.replace(str(id(o)), 'ID')
    return text
print(hide(pprint.pformat(lst), lst), hide(pprint.pformat(d, width=20), d))
print(hide(pprint.saferepr(lst), lst), hide(pprint.saferepr(d), d))
print(pprint.isrecursive(lst), pprint.isreadable(lst), pprint.isrecursive([lst]), pprint.isrecursive([1]))
for obj in [1, 'a', b'b', 1.5, None, True, [1, (2, 3)], {'a': [1]}, object, print, object(),
            [print], {1: object}, (), {}, set(), {1, 2}, OrderedDict()]:
    print(type(obj).__name__, pprint.isreadable(obj), pprint.isrecursive(obj))
print(pprint.saferepr({'b': 1, 'a': [3, {'z': 1, 'y': 2}]}), pprint.saferepr(10 ** 6))
p = pprint.PrettyPrinter(depth=1)
print(p.isreadable([1, [2]]), p.isrecursive(lst), p.pformat([1, [2], {}, {3: 4}, (5,), ()]))
print(p.format([1, [2]], {}, 1, 0), p.format([1, [2]], {}, 0, 0), p.format('x', {}, 0, 0))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3), pprint.pformat((1, (2, (3,))), depth=2))

class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=20).pformat({'a': ['x', 'y'], 'b': 'zz'}))

class MyList(list):
    pass
class Shown(list):
    def __repr__(self):
        return 'Shown(%d)' % len(self)
class MyDict(dict):
    pass
print(pprint.pformat(MyList(range(10)), width=10))
print(pprint.pformat(Shown(range(10)), width=5))
print(pprint.pformat(MyDict(a=1, b=2), width=5))
print(pprint.pformat([True, False, 2 ** 40, -12345, 1.25e10], underscore_numbers=True))

print(pprint.pformat(OrderedDict((str(i), i * 'x') for i in range(4)), width=20))
print(pprint.pformat(OrderedDict(), width=1), pprint.pformat(defaultdict(int), width=1))
print(pprint.pformat(defaultdict(list, {'a': [1, 2, 3], 'b': 2}), width=20))
print(pprint.pformat(Counter('abracadabra'), width=20))
print(pprint.pformat(deque(range(8)), width=10), pprint.pformat(deque(range(8), maxlen=10), width=10))
print(pprint.pformat(deque([], maxlen=5), width=1))
print(pprint.pformat(SimpleNamespace(a=1, bb=list(range(5))), width=15))
print(pprint.pformat(SimpleNamespace(), width=1))


@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = dataclasses.field(default='point', repr=False)


@dataclasses.dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom<' + 'x' * 30 + '>'


print(pprint.pformat(Point(1, list(range(8))), width=20))
print(pprint.pformat([Point(1, [2]), Custom(3)], width=20))
print(pprint.pformat(Point, width=5))

out = sys.stdout
sys.stdout = io.StringIO()
pprint.pprint('captured')
captured = sys.stdout.getvalue()
sys.stdout = out
print(repr(captured))
