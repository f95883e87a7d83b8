# uncaught RecursionError
def forever(n):
    return forever(n + 1) + 1
print('starting infinite recursion')
forever(0)
