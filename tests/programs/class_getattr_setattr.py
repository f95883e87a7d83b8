# __getattr__ and __setattr__
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, '_fields', dict(fields))
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        print('__getattr__', name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f'no field {name!r}')
    def __setattr__(self, name, value):
        self.log.append(name)
        self._fields[name] = value
r = Record(a=1, b=2)
print(r.a, r.b)
r.c = 3
print(r.c, r.log, r._fields)
try:
    r.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, 'zzz', 'default'), hasattr(r, 'a'), hasattr(r, 'nope'))
class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        super().__setattr__(name, value)
v = Validated()
v.age = 5
print(v.age)
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Defaults:
    x = 'class attr'
    def __getattr__(self, name):
        return 'generated ' + name
d = Defaults()
print(d.x, d.y)
d.x = 'instance'
print(d.x)
class DelAttr:
    def __delattr__(self, name):
        print('deleting', name)
        object.__delattr__(self, name)
da = DelAttr()
da.q = 1
del da.q
print(hasattr(da, 'q'))
