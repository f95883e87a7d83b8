# LEGB name resolution
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = 'local'
    return x
print(local_shadow(), x)
def uses_builtin():
    return len('abc')
print(uses_builtin())
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(shadow_builtin(), len('abc'))
class K:
    x = 'class body'
    def method(self):
        return x
    y = x + ' derived'
print(K().method(), K.y)
class Scope:
    a = 1
    try:
        b = [a * i for i in range(3)]
    except NameError as e:
        b = 'class-body comprehension: ' + str(e)
    d = [i for i in range(a + 2)]
    c = (lambda: 'lambda sees global x: ' + x)()
print(Scope.b, Scope.d)
print(Scope.c)
def counter():
    count = 0
    def read():
        return count
    count = 5
    return read
print(counter()())
for loop_var in range(3):
    pass
print(loop_var)
def comprehension_scope():
    i = 'outer i'
    squares = [i * i for i in range(3)]
    return i, squares
print(comprehension_scope())
def params_are_local(x):
    x = x + ' modified'
    return x
print(params_are_local('arg'), x)
