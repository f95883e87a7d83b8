# string building patterns
s = ''
for i in range(20000):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
parts = []
for i in range(50000):
    parts.append(chr(97 + i % 26))
joined = ''.join(parts)
print(len(joined), joined[:30], joined.count('z'))
big = 'ab' * 100000
print(len(big), big.count('ba'), big[99999:100003])
lines = '\n'.join(f'line {i}' for i in range(1000))
print(len(lines), lines.splitlines()[500], len(lines.split('\n')))
rev = ''.join(reversed(joined[:52]))
print(rev)
words = ' '.join(['word'] * 10000)
print(len(words.split()), len(words.replace('word', 'w')))
acc = ''
for ch in 'hello world' * 100:
    acc = ch + acc if ch != ' ' else acc
print(len(acc), acc[:11])
u = ''.join(chr(0x3b1 + i % 24) for i in range(10000))
print(len(u), u[:24], len(u.encode('utf-8')))
print('-'.join(str(n) for n in range(15)), repr('x' * 0), 'abc' * 3)
