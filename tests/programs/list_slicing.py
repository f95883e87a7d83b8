# list slicing incl. steps
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[::-3], l[7:2:-2], l[-1:-5:-1])
print(l[5:2], l[100:], l[-100:2], l[3:3], l[9:-11:-4])
c = l[:]
print(c == l, c is l)
m = [[1, 2], [3, 4]]
sh = m[:]
sh[0].append(99)
print(m, sh[0] is m[0])
print(l[slice(1, 8, 3)], l[slice(None)], slice(1, 5, 2))
s = slice(2, None, -1)
print(l[s], s.start, s.stop, s.step)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
try:
    l[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l['1']
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(l[-10], l[9], l[-1])
