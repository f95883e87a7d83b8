# hasattr / getattr / setattr / delattr
class Obj:
    cls_attr = 'C'
    def method(self):
        return 'm'
o = Obj()
setattr(o, 'x', 1)
setattr(o, 'with space', 2)
print(o.x, getattr(o, 'with space'), hasattr(o, 'x'), hasattr(o, 'y'), hasattr(o, 'cls_attr'), hasattr(o, 'method'))
print(getattr(o, 'y', 'default'), getattr(o, 'cls_attr'), getattr(o, 'method')(), getattr(Obj, 'method')(o))
delattr(o, 'x')
print(hasattr(o, 'x'), getattr(o, 'x', None))
for name in ['upper', 'lower', 'title']:
    print(getattr('mixed Case', name)())
print(hasattr([], 'append'), hasattr(5, 'real'), hasattr(None, '__class__'), getattr(5, 'imag'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'cls_attr')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr('s', 'upper', None)
except AttributeError as e:
    print(type(e).__name__, e)
class Raiser:
    @property
    def boom(self):
        raise ValueError('property failed')
try:
    hasattr(Raiser(), 'boom')
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Raiser(), 'nothing', 'fallback'))
