# range objects
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:3], r[::-1], list(r[::2]))
print(7 in r, 8 in r, 19 in r, 23 in r, r.index(11), r.count(7))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2))
print(len(range(-5, 5)), len(range(10, -10, -3)), list(range(10, -10, -3)), range(0, 10**20, 3)[-1])
print(range(-1, -10, -2)[3], list(range(-3, 3)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(10**20)[10**19], 10**19 + 5 in range(10**20))
print(repr(range(0, 5)), repr(range(1, 9, 2)), str(range(-2, 2, 1)))
big = range(0, 100, 10)
print(list(reversed(big)), big.start, big.stop, big.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range('5')
except TypeError as e:
    print(type(e).__name__, e)
for i in range(3, 0, -1):
    print('countdown', i)
