# subclassing built-in types
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = 'made ' + str(key)
        return self[key]
d = DefaultDict(a=1)
print(d['a'], d['zz'], d, d.get('qq'))
class Meters(float):
    def __repr__(self):
        return f'{float(self)}m'
m = Meters(3.5)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2)
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
    def half(self):
        return self // 2
e = Even(7)
print(e, e.half(), e + 1, isinstance(e, int), Even(10) == 10)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper('hello')
print(u, u.lower(), u + '!', len(u), u[1:3], type(u[1:3]).__name__)
class CountingDict(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
cd = CountingDict()
cd['x'] = 1
cd.update(y=2)
print(cd)
class MyErr(ValueError):
    pass
try:
    raise MyErr('sub of builtin exception')
except ValueError as err:
    print(type(err).__name__, err)
