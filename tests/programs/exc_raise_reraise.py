# raise and re-raise
def risky(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    return n
try:
    risky(-5)
except ValueError as e:
    print('caught', e)
def wrapper():
    try:
        risky(-1)
    except ValueError:
        print('logging and re-raising')
        raise
try:
    wrapper()
except ValueError as e:
    print('re-raised', e)
try:
    raise KeyError
except KeyError as e:
    print('class raised', repr(e), e.args)
try:
    raise IndexError()
except IndexError as e:
    print(repr(e), str(e) == '')
def rethrow_other():
    try:
        {}['x']
    except KeyError as e:
        raise RuntimeError('converted') from None
try:
    rethrow_other()
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
err = ValueError('stored')
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def nested_reraise():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError:
            pass
        raise
try:
    nested_reraise()
except Exception as e:
    print('outermost got', type(e).__name__, e)
