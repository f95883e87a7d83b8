from functools import wraps
def logged(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print('calling', f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3))
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def plain(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@plain
def sub(a, b):
    """Subtract."""
    return a - b
print(sub.__name__, sub.__doc__)
def with_arg(tag):
    def deco(f):
        @wraps(f)
        def inner(*a):
            return tag + str(f(*a))
        return inner
    return deco
@with_arg('>> ')
def mul(a, b):
    return a * b
print(mul(3, 4), mul.__name__, mul.__wrapped__(3, 4))
