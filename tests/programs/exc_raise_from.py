# raise ... from ... and exception chaining
class ConfigError(Exception):
    pass
def load(cfg):
    try:
        return cfg['port']
    except KeyError as e:
        raise ConfigError('missing port') from e
try:
    load({})
except ConfigError as e:
    print('error:', e)
    print('cause:', repr(e.__cause__), type(e.__cause__).__name__)
    print('context is cause:', e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print('implicit context:', repr(e.__context__), e.__cause__)
try:
    raise RuntimeError('outer') from ValueError('explicit')
except RuntimeError as e:
    print(e, '<-', e.__cause__, e.__context__)
try:
    try:
        raise KeyError('a')
    except KeyError:
        raise TypeError('b') from None
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__cause__ or e.__context__
    return n
try:
    try:
        try:
            raise OSError('disk')
        except OSError as e1:
            raise IOError('io') from e1
    except IOError as e2:
        raise ConfigError('top')
except ConfigError as e3:
    print('chain depth', chain_depth(e3), OSError is IOError)
