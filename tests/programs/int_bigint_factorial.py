# Arbitrary precision: factorials and products
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))

f100 = fact(100)
print(f100)
print(len(str(f100)))
print(f100 % 1000003)
print(f100 // fact(98))
print(fact(30) // fact(28) == 30 * 29)
# trailing zeros of 100!
s = str(f100)
print(len(s) - len(s.rstrip('0')))
# sum of digits
print(sum(int(c) for c in s))
# product crossing the 64-bit boundary
x = 2**63 - 1
print(x, x + 1, x * 2, x * x)
y = -(2**63)
print(y, y - 1, y * y, -y)
print(type(x * x).__name__)
