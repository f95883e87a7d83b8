# catching by base class
def trigger(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'zero':
        return 1 // 0
    if kind == 'overflow':
        return 2.0 ** 5000
    if kind == 'value':
        return int('abc')
    if kind == 'type':
        return 'a' + 1
for kind in ['key', 'index', 'zero', 'overflow', 'value', 'type']:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, 'LookupError branch', type(e).__name__)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError branch', type(e).__name__)
    except Exception as e:
        print(kind, 'Exception branch', type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print('tuple catch', type(e).__name__, e)
try:
    try:
        {}['x']
    except IndexError:
        print('wrong')
except LookupError as e:
    print('outer LookupError', repr(e))
try:
    raise SystemExit(0)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
try:
    int('zz')
except:
    print('bare except caught it')
handlers = (ValueError, TypeError)
try:
    float('nope')
except handlers as e:
    print('dynamic tuple', e)
