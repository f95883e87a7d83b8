# identity vs equality
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)
print(None is None, True is True, type(None) is type(None))
x = ()
y = ()
print(x == y, len(x))
def f():
    pass
g = f
print(f is g, f == g)
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 == k2, k1 != k2, k1 is k1)
print(type(1) is int, type('') is str, type([]) is list, type(True) is bool, type(True) is int)
s = 'abc'
t = s
print(s is t)
d = {}
e = d
e['k'] = 1
print(d)
