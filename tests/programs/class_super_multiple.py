# cooperative multiple inheritance with super()
class Base:
    def __init__(self, **kw):
        print('Base init, leftover', kw)
    def hello(self):
        return ['Base']
class A(Base):
    def __init__(self, a=None, **kw):
        print('A init', a)
        super().__init__(**kw)
    def hello(self):
        return ['A'] + super().hello()
class B(Base):
    def __init__(self, b=None, **kw):
        print('B init', b)
        super().__init__(**kw)
    def hello(self):
        return ['B'] + super().hello()
class C(A, B):
    def __init__(self, c=None, **kw):
        print('C init', c)
        super().__init__(**kw)
    def hello(self):
        return ['C'] + super().hello()
obj = C(a=1, b=2, c=3, extra=4)
print(obj.hello())
print([k.__name__ for k in C.__mro__])
class Mixin:
    def greet(self):
        return 'mixin greet for ' + self.name()
class Named:
    def name(self):
        return 'named'
class Combined(Mixin, Named):
    pass
print(Combined().greet())
class X:
    def f(self):
        return 'X'
class Y(X):
    def f(self):
        return 'Y' + super().f()
class Z(X):
    def f(self):
        return 'Z' + super().f()
class W(Y, Z):
    def f(self):
        return 'W' + super().f()
print(W().f(), Y().f())
print(super(Y, W()).f())
