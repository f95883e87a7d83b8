# __enter__ / __exit__
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Resource('a') as val:
    print('inside with', val)
with Resource('outer') as o, Resource('inner') as i:
    print('both', o, i)
try:
    with Resource('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
with Resource('quiet', suppress=True):
    raise KeyError('swallowed')
print('after suppressed')
def early():
    with Resource('ret'):
        return 'returned value'
print(early())
for i in range(3):
    with Resource(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
with Resource('nested-outer'):
    with Resource('nested-inner', suppress=True):
        1 / 0
    print('continuing in outer')
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
