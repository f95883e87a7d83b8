# del statement on lists, names, attributes
l = ['a', 'b', 'c', 'd', 'e']
del l[1]
print(l)
del l[-1]
print(l)
del l[0], l[0]
print(l)
x = 10
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
try:
    print(b)
except NameError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.attr = 1
print(hasattr(c, 'attr'))
del c.attr
print(hasattr(c, 'attr'))
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[0][1]
print(nested)
d = {'x': [1, 2, 3]}
del d['x'][0]
print(d)
