# string indexing and slicing
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[::3], s[::-3], s[1:9:3], s[9:0:-4])
print(s[slice(2, 6)], s[slice(None, None, -1)], s[slice(3)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True+2])
t = 'héllo wörld'
print(t[1:4], t[::-1], t[-5:])
