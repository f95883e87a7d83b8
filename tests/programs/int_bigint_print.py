# big int printing and arithmetic
a = 123456789 ** 5
print(a)
print(-a)
print(repr(a), str(a) == repr(a))
b = a * a - 1
print(b)
print(b // 987654321, b % 987654321)
print(a * -1 + a)
fib = [0, 1]
for i in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[100])
print(fib[200])
print(fib[300])
print(fib[300] // fib[299])
print(fib[300] - fib[299] - fib[298])
print(10**50 - 1)
print(-(10**50))
print(str(2**1000)[:20], str(2**1000)[-20:], len(str(2**1000)))
# mixed sign multiplication
print((-2**65) * (2**65), (-2**65) * (-2**65))
print(int('-' + '9' * 60) + 1)
