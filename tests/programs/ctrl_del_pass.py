# pass, del, empty bodies
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    pass
x = [1, 2, 3]
y = x
del x
print(y)
try:
    x
except NameError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print(d)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(local_del())
...
print(...)
print(Ellipsis is ..., type(...).__name__)
