# if / elif / else
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
def fizz(n):
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return str(n)
print(' '.join(fizz(i) for i in range(1, 31)))
x = 7
msg = 'odd' if x % 2 else 'even'
print(msg, 'big' if x > 5 else 'small' if x > 2 else 'tiny')
for v in (0, 1, '', 'a', [], [0], None, {}, 0.0):
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
if not []:
    print('empty list is falsy')
if x > 0:
    if x > 5:
        print('nested >5')
    else:
        print('nested <=5')
