# Bitwise operators incl. negatives and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(-1 & 0xFF, -256 & 0xFF, -1 ^ 0xF, -5 | 2)
print(~0, ~-1, ~255)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100)
print(-1 << 70)
print(2**100 >> 90, 2**100 >> 200, -1 >> 5, -8 >> 1, -9 >> 1)
print(255 >> 4, 255 << 4)
x = (1 << 100) - 1
print(x & 0xFFFF, x ^ (1 << 99), (x >> 50) & 7)
print(x & -x, (x + 1) & -(x + 1) == x + 1)
print((-(2**70)) & 0xFFFFFFFFFFFFFFFFFFFF)
print((2**70 | 5) ^ 2**70)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(type(True & 1).__name__)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
# popcount by loop
n = 0xDEADBEEF
c = 0
while n:
    n &= n - 1
    c += 1
print(c)
