# positional-only parameters
def pos(a, b, /, c, *, d):
    return (a, b, c, d)
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def name_reuse(x, /, **kw):
    return x, kw
print(name_reuse(1, x=2))
def defaults(a, b=10, /, c=20):
    return a + b + c
print(defaults(1), defaults(1, 2), defaults(1, 2, 3), defaults(1, c=0))
try:
    defaults()
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(len('abc'), divmod(7, 2))
try:
    len(obj='abc')
except TypeError as e:
    print(type(e).__name__, e)
