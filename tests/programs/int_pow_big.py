# Powers and big integers
print(2**200)
print(3**100)
print(-2**63)
print((-2)**63)
print((-3)**5, (-3)**4)
print(10**30 + 1)
print(7**77 % 1000)
print(2**-1, 2**-2, 10**-3)
print(type(2**-1).__name__)
print(0**0, 0**5)
print(pow(2, 100))
print(pow(2, 100, 1000007))
print(pow(3, 200, 10**9 + 7))
print(pow(-7, 3, 10))
print(pow(7, -1, 13))
print(pow(5, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
a = 2**128
b = 2**64 + 13
print(a // b, a % b)
print(divmod(a, b))
print(a - b * (a // b) == a % b)
print(-a // b, -a % b)
print(a * a)
print((a * a).bit_length())
print(a > 2**127, a == 2**128, a != a + 1)
print(abs(-a))
print(int(str(a) * 3))
