import types
class C:
    pass
def hello(self, x):
    return ("hello", type(self).__name__, x)
c = C()
c.hello = types.MethodType(hello, c)
print(c.hello(3))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
for a in [(len,), (1, 2), (len, None), (len, 1, 2)]:
    try:
        print(types.MethodType(*a))
    except TypeError as e:
        print(type(e).__name__, e)
m = types.MethodType(len, [1, 2, 3])
print(m(), type(m).__name__ if False else "")
print(isinstance(c.hello, types.MethodType), c.hello.__self__ is c, c.hello.__func__ is hello)
