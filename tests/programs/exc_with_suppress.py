# context managers suppressing exceptions
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print('suppressed', et.__name__, ev)
            return True
        return False
with Suppress(KeyError) as s:
    {}['x']
    print('not reached')
print('caught attr:', repr(s.caught))
with Suppress(LookupError):
    [][0]
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed:', e)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 'non-empty string is truthy'
with Truthy():
    raise ValueError
print('truthy return suppressed')
class Falsy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise ValueError('kept')
except ValueError as e:
    print('falsy return kept', e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__))
def gen_in_with():
    with Suppress(ValueError):
        yield 1
        raise ValueError('in gen')
    yield 2
print(list(gen_in_with()))
