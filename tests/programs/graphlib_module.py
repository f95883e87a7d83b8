import graphlib
from graphlib import TopologicalSorter as G, CycleError

print(list(G({'d': ['b', 'c'], 'b': ['a'], 'c': ['a'], 'e': []}).static_order()))
ts = G()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(2, 0)
print(tuple(ts.static_order()))
print(list(G({}).static_order()), list(G().static_order()))
ts = G()
ts.add(1)
ts.add(1, 2)
ts.add(1, 2)
print(list(ts.static_order()))

print(CycleError.__mro__[1:], CycleError.__module__, issubclass(CycleError, ValueError))
print(repr(CycleError('x')), str(CycleError('x', [1])))
graphs = [
    {1: [2], 2: [3], 3: [1], 0: [1]},
    {1: [1]},
    {1: [2, 3], 2: [4], 3: [4], 4: [1]},
    {1: [2], 2: [3], 3: [2]},
    {5: [6], 6: [7, 8], 8: [5], 7: [6]},
    {'a': ['b', 'c'], 'c': ['a'], 'b': ['a']},
    {0: [1], 1: [2], 2: [0, 3], 3: [1]},
    {'x': [], 'y': ['x'], 'p': ['q'], 'q': ['r'], 'r': ['p', 'y']},
]
for g in graphs:
    ts = G(g)
    try:
        ts.prepare()
        print('no cycle')
    except CycleError as e:
        print(repr(e), e.args[1], str(e))
        ready = ts.get_ready()
        print('  ready', ready, ts.is_active())
        ts.done(*ready)
        print('  then', ts.get_ready(), ts.is_active())
    try:
        ts.prepare()
    except ValueError as e:
        print('  ', repr(e))
try:
    list(G({1: [1]}).static_order())
except CycleError as e:
    print('static_order', repr(e))

ts = G({'a': ['b']})
for call in (ts.get_ready, ts.is_active, lambda: ts.done('a'), lambda: bool(ts)):
    try:
        call()
    except ValueError as e:
        print(repr(e))
ts.prepare()
try:
    ts.add('c')
except ValueError as e:
    print(repr(e))
print(ts.is_active(), bool(ts), ts.get_ready(), ts.get_ready())
for node in ('a', 'zz'):
    try:
        ts.done(node)
    except ValueError as e:
        print(repr(e))
ts.done('b')
try:
    ts.done('b')
except ValueError as e:
    print(repr(e))
print(ts.get_ready())
ts.done('a')
print(ts.is_active(), bool(ts), ts.get_ready())

ts = G({'a': ['b'], 'c': []})
ts.prepare()
try:
    ts.done('b')
except ValueError as e:
    print(repr(e))
print(ts.get_ready())

ts = G({1: [2]})
ts.add(3, 1)
ts.prepare()
r = ts.get_ready()
print(r, ts.is_active())
ts.done(*r)
print(ts.get_ready(), ts.get_ready(), ts.is_active())
try:
    ts.done(1, 3)
except ValueError as e:
    print(repr(e))
print(ts.is_active(), ts.get_ready())
ts.done(3)
print(ts.is_active())

try:
    G().add([1])
except TypeError as e:
    print(repr(e))
try:
    G({1: [[2]]})
except TypeError as e:
    print(repr(e))
try:
    G([1])
except AttributeError as e:
    print('AttributeError')
print(G[int])

# A diamond processed in parallel-style batches.
ts = G({'app': ['lib', 'util'], 'lib': ['core'], 'util': ['core'], 'test': ['app']})
ts.prepare()
while ts:
    batch = ts.get_ready()
    print('batch', batch)
    ts.done(*batch)
