# a few hundred thousand iterations of simple work
total = 0
for i in range(300000):
    total += i * i % 7
print(total)
n = 0
i = 0
while i < 200000:
    if i % 3 == 0 or i % 5 == 0:
        n += i
    i += 1
print(n)
acc = []
for i in range(100000):
    acc.append(i ^ (i >> 1))
print(len(acc), acc[-1], sum(acc) % 1000003)
d = {}
for i in range(100000):
    d[i % 1000] = d.get(i % 1000, 0) + i
print(len(d), d[0], d[999])
sieve = [True] * 100001
sieve[0] = sieve[1] = False
for p in range(2, 317):
    if sieve[p]:
        for m in range(p * p, 100001, p):
            sieve[m] = False
print(sum(sieve), max(i for i in range(100001) if sieve[i]))
x = 0.0
for k in range(100000):
    x += (-1) ** k / (2 * k + 1)
print(round(4 * x, 6))
