# uncaught UnboundLocalError
counter = 0
def increment():
    print('incrementing')
    counter += 1
    return counter
increment()
