# while loops, while/else
i = 0
while i < 5:
    print(i, end=' ')
    i += 1
print()
n = 10
while n > 0:
    n -= 3
else:
    print('while-else ran, n =', n)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print('found', target, 'at', i)
            break
        i += 1
    else:
        print('not found', target)
find([4, 5, 6], 5)
find([4, 5, 6], 7)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
count = 0
while True:
    count += 1
    if count == 3:
        continue
    if count > 6:
        break
    print('iter', count)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print('collatz steps', steps)
while False:
    print('never')
else:
    print('else on false condition')
