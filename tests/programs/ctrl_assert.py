# assert statement
assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    x = 5
    assert x > 10, f'x too small: {x}'
except AssertionError as e:
    print(e)
try:
    assert [], ['payload', 1]
except AssertionError as e:
    print(e.args[0])
def checked_sqrt(v):
    assert v >= 0, 'negative input'
    return v ** 0.5
print(checked_sqrt(16))
try:
    checked_sqrt(-1)
except AssertionError as e:
    print('caught:', e)
print(issubclass(AssertionError, Exception))
