# decorators with arguments
def repeat(times):
    def deco(f):
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping(x):
    return 'ping' + str(x)
print(ping(1))
def prefix(p, sep=': '):
    def deco(f):
        def wrapper(*a):
            return p + sep + f(*a)
        wrapper.__name__ = 'prefixed_' + f.__name__
        return wrapper
    return deco
@prefix('INFO')
def msg(s):
    return s
@prefix('WARN', sep=' - ')
def warn(s):
    return s.upper()
print(msg('started'), warn('disk low'), msg.__name__)
def validate(**types):
    def deco(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f'{k} must be {t.__name__}')
            return f(**kwargs)
        return wrapper
    return deco
@validate(n=int, s=str)
def build(n, s):
    return s * n
print(build(n=3, s='ab'))
try:
    build(n='3', s='ab')
except TypeError as e:
    print(type(e).__name__, e)
def retry(attempts):
    def deco(f):
        def wrapper():
            for i in range(attempts):
                try:
                    return f(i)
                except ValueError as e:
                    print('attempt', i, 'failed:', e)
            return 'gave up'
        return wrapper
    return deco
@retry(3)
def flaky(i):
    if i < 2:
        raise ValueError('not yet')
    return 'success on ' + str(i)
print(flaky())
@retry(1)
def always_fails(i):
    raise ValueError('never')
print(always_fails())
