# and/or return operands, short-circuit evaluation
def t(label, value):
    print('eval', label)
    return value
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print([] and 'y', 'a' and 'b' and 'c', 'a' or 'b' or 'c')
r = t('A', False) and t('B', True)
print(r)
r = t('A', True) or t('B', True)
print(r)
r = t('A', 0) or t('B', '') or t('C', 'last')
print(r)
print(not None, not [], not [0], not '', not 'False')
x = 5
print(x > 3 and x < 10, x > 3 and 'big' or 'small', x < 3 and 'big' or 'small')
print(True is not False, (not True) == False)
print(bool('0'), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(range(0)), bool(range(1)))
print(True and 1, 1 and True, False or 0, 0 or False)
