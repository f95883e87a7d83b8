# staticmethod and classmethod
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split('-'))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def count(cls):
        return cls.created
    def __repr__(self):
        return f'{type(self).__name__}({self.y}, {self.m}, {self.d})'
class MyDate(Date):
    pass
d = Date.from_string('2024-02-29')
md = MyDate.from_string('2000-01-01')
print(d, md, type(md).__name__)
print(Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
print(Date.count(), MyDate.count(), d.count())
f = Date.is_leap
print(f(2020), type(Date.__dict__['is_leap']).__name__, type(Date.__dict__['from_string']).__name__)
class Util:
    @staticmethod
    def add(a, b):
        return a + b
    mul = staticmethod(lambda a, b: a * b)
print(Util.add(2, 3), Util().add(4, 5), Util.mul(3, 3))
class Registry:
    _items = None
    @classmethod
    def register(cls, item):
        if cls._items is None:
            cls._items = []
        cls._items.append(item)
        return len(cls._items)
class RegA(Registry):
    pass
class RegB(Registry):
    pass
print(RegA.register('a1'), RegA.register('a2'), RegB.register('b1'), RegA._items, RegB._items, Registry._items)
