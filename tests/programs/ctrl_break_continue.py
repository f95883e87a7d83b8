# break and continue in nested loops
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=' ')
print()
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print('found', found)
out = []
for c in 'a1b2c3':
    if c.isdigit():
        continue
    out.append(c)
print(out)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print('cleanup', i)
