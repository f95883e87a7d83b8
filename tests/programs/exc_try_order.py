# execution order of try/except/else/finally
def run(kind):
    print('--', kind)
    try:
        print('try start')
        if kind == 'value':
            raise ValueError('v')
        if kind == 'key':
            raise KeyError('k')
        print('try end')
    except ValueError as e:
        print('except ValueError', e)
    except (KeyError, IndexError) as e:
        print('except Key/Index', repr(e))
    else:
        print('else')
    finally:
        print('finally')
    print('after')
for k in ('none', 'value', 'key'):
    run(k)
def uncaught():
    try:
        raise TypeError('t')
    except ValueError:
        print('not here')
    finally:
        print('finally before propagation')
try:
    uncaught()
except TypeError as e:
    print('outer caught', e)
try:
    pass
finally:
    print('finally without except')
def in_else():
    try:
        x = 1
    except Exception:
        print('no')
    else:
        raise RuntimeError('from else')
    finally:
        print('finally after else raise')
try:
    in_else()
except RuntimeError as e:
    print('caught', e)
try:
    try:
        1 / 0
    finally:
        print('inner finally')
except ZeroDivisionError:
    print('outer except')
e = 'outer e'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
