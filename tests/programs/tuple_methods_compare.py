# tuple methods and comparisons
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1))
try:
    t.index(42)
except ValueError as e:
    print(type(e).__name__, e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, 'a') < (1, 'b'))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1,) * 3, (1, 2) + (3,), t[1:4], t[::-1])
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({'x': 1}))
print(len(t), 3 in t, max(t), min(t), sum(t), sorted(t))
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 'v'})
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
mut = ([1], 2)
mut[0].append(3)
print(mut)
try:
    mut[0] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(mut)
print((1,), (), ((),), repr((None,)))
