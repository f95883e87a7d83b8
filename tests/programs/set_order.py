# Sets iterate (and print) in CPython's hash-table order: small ints, collisions,
# deletions, growth, and the operators' own construction orders.
print({3, 1, 2}, set([-1, -2, 7]))
s = set()
for i in [31, 8, 64, 1000, 17, 5, 2, 99, 128, 256, 3]:
    s.add(i)
print(s)
s.discard(64)
s.add(65)
print(s)
print(set(range(20, 0, -3)), set([10, 20, 30, 40, 50, 60]))
a = set([1, 2, 3, 40, 50, 600])
b = set([3, 40, 7, 8, 900])
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a)
c = set(a)
c |= b
print(c)
c &= set([1, 2, 900, 40])
print(c)
c ^= set([5, 6])
print(c)
c -= set([1])
print(c)
print(frozenset([5, 3, 1]), frozenset(a))
print({x * 7 for x in range(15)})
t = {i * 13 for i in range(40)}
while len(t) > 30:
    t.pop()
print(t)
print({1.5, 2.5, 0.5}, {True, 2, 0})
print(set(dict.fromkeys([9, 1, 5])))
u = set(range(100))
print(len(u), list(u)[:5], list(u)[-5:])
v = {i for i in range(0, 1000, 97)}
print(v, v.copy(), set(v) | set([5]))
