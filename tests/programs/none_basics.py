# None singleton behaviour
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x == None, x is not None, None is None)
def f():
    pass
def g():
    return
print(f(), g(), f() is None)
print([None] * 3, (None,), {None: None})
print(bool(None), None == 0, None == False, None != '')
d = {}
print(d.get('missing'), [].sort())
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), sorted([3, 1], key=None))
