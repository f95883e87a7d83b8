# implicit exception context inside handlers
try:
    raise KeyError('k')
except KeyError as e:
    try:
        raise IndexError('i')
    except IndexError as e2:
        print(type(e2.__context__).__name__, e2.__context__ is e)
    print('still handling', repr(e))
def handler():
    try:
        raise TypeError('t')
    except TypeError as e:
        return e
saved = handler()
print(type(saved).__name__, saved, saved.__traceback__ is not None, saved.__context__)
try:
    raise ValueError('with note')
except ValueError as e:
    e.add_note('extra note')
    print(e.__notes__, str(e))
def ctx_chain():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][0]
        except IndexError:
            {}['k']
try:
    ctx_chain()
except KeyError as e:
    names = []
    cur = e
    while cur is not None:
        names.append(type(cur).__name__)
        cur = cur.__context__
    print(names)
try:
    try:
        raise ValueError('a')
    finally:
        print('finally sees exception in flight')
except ValueError as e:
    print('then caught', e, e.__context__)
e = None
try:
    raise RuntimeError('x')
except RuntimeError as err:
    e = err
print(type(e).__name__, e.__context__)
