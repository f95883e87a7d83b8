# Floor division and modulo follow the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))

big = 10**25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (5, big), (-5, big)]:
    print(a // b, a % b)

# Invariant a == (a // b) * b + a % b
ok = True
for a in range(-20, 21):
    for b in list(range(-7, 0)) + list(range(1, 8)):
        q, r = divmod(a, b)
        if q * b + r != a or q != a // b or r != a % b:
            ok = False
        if r != 0 and (r < 0) != (b < 0):
            ok = False
print('invariant', ok)

# Float versions
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 // 2.0, 7 % -2.0)
print(divmod(-7.5, 2))
print(-0.5 // 1, -0.5 % 1)
# True division always float
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
print(10**20 / 10**10)
