# syntax error: missing colon (no output at all, nothing runs)
print('this never prints because compilation fails')
def f(x)
    return x
