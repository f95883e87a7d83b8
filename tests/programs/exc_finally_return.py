# finally interacting with return/break/continue
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally runs')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed exception'
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x changed to', x)
print(f4())
def f5():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print('cleanup', i)
print(f5())
def f6():
    result = []
    for i in range(4):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append('f')
    return result
print(f6())
def f7():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f7())
def f8():
    while True:
        try:
            break
        finally:
            print('finally on break')
    return 'after loop'
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f9 finally')
print(f9())
