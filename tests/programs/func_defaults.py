# default arguments and evaluation time
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
def make_default():
    print('evaluating default')
    return 5
def f(x=make_default()):
    return x
print('defined f')
print(f(), f(1), f())
print(f.__defaults__, greet.__defaults__)
def g(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(g(1, d=4), g(1, 5, 6, 7, d=8, e=9), g(a=0, d=0))
print(g.__kwdefaults__)
def none_default(lst=None):
    if lst is None:
        lst = []
    lst.append(1)
    return lst
print(none_default(), none_default(), none_default([0]))
try:
    greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
