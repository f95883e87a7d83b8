# keyword-only arguments
def connect(host, *, port=80, timeout):
    return f'{host}:{port} t={timeout}'
print(connect('a', timeout=5), connect('b', port=8080, timeout=1), connect(timeout=0, host='c'))
try:
    connect('a', 81, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    connect('a')
except TypeError as e:
    print(type(e).__name__, e)
def kw2(*, a, b):
    return a + b
try:
    kw2()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw2(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(kw2(b=1, a=2))
def after_args(*items, sep='-'):
    return sep.join(items)
print(after_args('x', 'y', 'z'), after_args('x', 'y', sep='+'))
try:
    connect('a', timeout=1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
