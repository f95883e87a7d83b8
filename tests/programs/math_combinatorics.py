import math
print([math.comb(5, k) for k in range(6)])
print(math.comb(52, 5), math.comb(100, 50), math.comb(5, 7))
print(math.perm(5, 2), math.perm(5), math.perm(10, 0), math.perm(3, 5))
print([math.factorial(n) for n in range(12)])
print(math.factorial(25))
print(math.gcd(math.factorial(20), 2**30))
# pascal's triangle
for n in range(7):
    print(' '.join(str(math.comb(n, k)) for k in range(n + 1)).center(24).rstrip())
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.perm(3, -1)
except ValueError as e:
    print(type(e).__name__, e)
print(math.prod(range(1, 11)) == math.factorial(10))
print(math.isqrt(math.factorial(20)))
