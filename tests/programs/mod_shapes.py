# helper module imported by import_* programs (not a program itself)
PI = 3.14159
_private = 'hidden by star-import'
__all__ = ['Circle', 'Square', 'area_square', 'PI']

def area_square(side):
    return side * side

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(PI * self.r ** 2, 3)
    def __repr__(self):
        return f'Circle(r={self.r})'

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return area_square(self.s)
    def __repr__(self):
        return f'Square(s={self.s})'

def module_name():
    return __name__
