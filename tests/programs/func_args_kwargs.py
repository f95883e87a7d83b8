# *args and **kwargs
def show(*args, **kwargs):
    return f'args={args} kwargs={kwargs}'
print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, 'x', key='v', other=None))
print(show(*[1, 2], *(3,), **{'k': 1}, **{'j': 2}))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(5)))
def kw_only_collect(**opts):
    return sorted(opts.items())
print(kw_only_collect(z=1, a=2, m=3))
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(1, x=2))
def mixed(a, b, *args, c, **kwargs):
    return a, b, args, c, kwargs
print(mixed(1, 2, c=3), mixed(1, 2, 3, 4, c=5, d=6))
args = (1, 2)
kwargs = {'c': 9}
print(mixed(*args, **kwargs))
try:
    total()
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    mixed(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def f(a, b):
    return a - b
print(f(b=1, a=5), f(*[10], **{'b': 3}))
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1, 'b': 2, 'z': 3})
except TypeError as e:
    print(type(e).__name__, e)
