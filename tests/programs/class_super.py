# super() zero-arg and two-arg
class Shape:
    def __init__(self, name):
        self.name = name
        print('Shape.__init__', name)
    def area(self):
        return 0
    def describe(self):
        return f'{self.name} with area {self.area()}'
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = 'square'
    def describe(self):
        return 'SQUARE: ' + super().describe()
sq = Square(3)
print(sq.describe(), sq.area())
class Explicit(Rect):
    def area(self):
        return super(Explicit, self).area() * 10
print(Explicit(2, 3).area())
class Cls:
    @classmethod
    def create(cls):
        return cls.__name__
class SubCls(Cls):
    @classmethod
    def create(cls):
        return 'sub:' + super().create()
print(SubCls.create())
class Logger:
    def log(self, m):
        return 'LOG ' + m
class TimestampLogger(Logger):
    def log(self, m):
        return super().log('[t] ' + m)
class UpperLogger(TimestampLogger):
    def log(self, m):
        return super().log(m.upper())
print(UpperLogger().log('hi'))
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
    def shout(self):
        return self.upper()
s = Str('  padded  ')
print(repr(s), s.shout(), len(s), isinstance(s, str))
