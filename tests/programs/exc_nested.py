# nested try statements
def level3():
    raise KeyError('deep')
def level2():
    try:
        level3()
    except IndexError:
        print('level2 wrong handler')
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except KeyError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
try:
    try:
        raise ValueError('inner')
    except ValueError as e:
        print('inner handler', e)
        raise TypeError('from handler')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer handler', e, '| context', repr(e.__context__))
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError(i)
            elif i == 1:
                raise KeyError(i)
            print('no error', i)
        except ValueError:
            print('inner caught ValueError', i)
    except KeyError:
        print('outer caught KeyError', i)
def count_handlers(n):
    if n == 0:
        raise RuntimeError('bottom')
    try:
        count_handlers(n - 1)
    except RuntimeError as e:
        raise RuntimeError(f'level {n}') from e
try:
    count_handlers(3)
except RuntimeError as e:
    chain = []
    while e:
        chain.append(str(e))
        e = e.__cause__
    print(chain)
