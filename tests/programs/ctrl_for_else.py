# for loops with else
for i in range(3):
    print('i', i)
else:
    print('for-else after full loop')
for i in range(10):
    if i == 2:
        print('breaking at', i)
        break
else:
    print('not printed')
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
for n in range(10, 16):
    for d in range(2, n):
        if n % d == 0:
            print(n, '=', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
for x in []:
    print('never')
else:
    print('empty loop else')
for ch in 'abc':
    pass
print('loop var after loop:', ch)
for i, (a, b) in enumerate(zip('xyz', [1, 2, 3])):
    print(i, a, b)
total = 0
for k in {'a': 1, 'b': 2}:
    total += len(k)
print(total)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
    print('saw', x)
