# properties with getter/setter/deleter
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        print('get celsius')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set celsius', v)
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete celsius')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, '_c'))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
class Lazy:
    def __init__(self):
        self.computed = 0
    def _get(self):
        self.computed += 1
        return 42
    value = property(_get, doc='the value')
l = Lazy()
print(l.value, l.value, l.computed, type(Lazy.value).__name__, Lazy.value.__doc__)
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
c = Circle(2)
print(c.area)
c.r = 3
print(c.area)
