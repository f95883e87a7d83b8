# syntax error: generic invalid syntax
print('this never prints')
x = = 1
