# uncaught TypeError from an operator deep in calls
def add(a, b):
    return a + b
def total(values):
    acc = 0
    for v in values:
        acc = add(acc, v)
        print('running total', acc)
    return acc
total([1, 2, 'three', 4])
