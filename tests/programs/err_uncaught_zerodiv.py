# uncaught ZeroDivisionError at top level after some output
print('computing ratios')
for d in [4, 2, 1]:
    print(12 // d)
values = [3, 0]
print(10 / values[0])
print(10 / values[1])
print('not reached')
