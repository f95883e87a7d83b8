# uncaught AssertionError with a message
def check_positive(x):
    assert x > 0, f'expected positive value, got {x}'
    return x
print(check_positive(5))
print(check_positive(-2))
