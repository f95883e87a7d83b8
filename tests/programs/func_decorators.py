# decorators without arguments, stacked
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + '!'
    return wrapper
def exclaim(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs) + '?'
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'), hello.__name__)
@shout
@exclaim
def hi():
    return 'hi'
@exclaim
@shout
def hey():
    return 'hey'
print(hi(), hey())
calls = []
def trace(f):
    def wrapper(*a):
        calls.append(f.__name__ + str(a))
        return f(*a)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
def register(registry):
    def deco(f):
        registry[f.__name__] = f
        return f
    return deco
REG = {}
@register(REG)
def alpha():
    return 'A'
@register(REG)
def beta():
    return 'B'
print(list(REG), REG['beta'](), alpha.__name__)
def order(tag):
    print('decorator factory', tag)
    def deco(f):
        print('decorating', f.__name__, 'with', tag)
        return f
    return deco
@order('outer')
@order('inner')
def target():
    pass
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.f(*args)
@CountCalls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.count)
