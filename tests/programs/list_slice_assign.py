# slice assignment and deletion
l = list(range(10))
l[2:5] = ['a', 'b']; print(l)
l[:0] = [-1]; print(l)
l[len(l):] = [100, 101]; print(l)
l[1:3] = []; print(l)
l[::2] = 'XYZWV'[:len(l[::2])]; print(l)
l = list(range(10))
l[::3] = [0, 0, 0, 0]; print(l)
l[8:2:-2] = ['p', 'q', 'r']; print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[::2]; print(l)
del l[1:3]; print(l)
del l[-1]; print(l)
del l[0]; print(l)
l = list(range(10))
del l[::-3]; print(l)
del l[:]; print(l)
l = [1, 2, 3]
l[1:2] = range(5); print(l)
l[0:1] = 'ab'; print(l)
l[-1:] = [[9]]; print(l)
l[1] = l; print(len(l), l[1] is l)
print(l)
a = [1, 2, 3]
a[5:10] = [4]; print(a)
a[-100:1] = [0]; print(a)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
