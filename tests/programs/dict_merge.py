# dict | merge, |= update, ** unpacking
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b
print(c)
c |= [('w', 0)]
print(c)
print({**a, **b}, {**b, **a}, {**a, 'y': 'override'}, {'y': 'first', **a})
def f(**kw):
    return kw
print(f(**a, z=3))
try:
    f(**a, x=9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [('k', 1)]
except TypeError as e:
    print(type(e).__name__, e)
merged = {}
for part in ({'a': 1}, {'b': 2}, {'a': 3}):
    merged.update(part)
print(merged)
