# TypeError messages for bad calls
def f(a, b):
    return a + b
def g():
    return 0
def h(a, b=2):
    return a
class C:
    def m(self, x):
        return x
def attempt(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, '|', e)
attempt('too many', lambda: f(1, 2, 3))
attempt('too few', lambda: f(1))
attempt('none given', lambda: f())
attempt('zero takes', lambda: g(1))
attempt('defaults', lambda: h(1, 2, 3))
attempt('defaults few', lambda: h())
attempt('unexpected kw', lambda: f(1, 2, c=3))
attempt('dup', lambda: f(1, a=1))
attempt('method', lambda: C().m())
attempt('method many', lambda: C().m(1, 2))
attempt('unbound', lambda: C.m())
five, text, lst = 5, 'abc', [1]
attempt('not callable int', lambda: five())
attempt('not callable str', lambda: text())
attempt('not callable list', lambda: lst())
attempt('builtin len', lambda: len())
attempt('builtin len2', lambda: len(1, 2))
attempt('len int', lambda: len(5))
attempt('abs str', lambda: abs('x'))
attempt('kw to builtin', lambda: [].append(x=1))
attempt('init args', lambda: C(1))
attempt('lambda', lambda: (lambda x: x)())
