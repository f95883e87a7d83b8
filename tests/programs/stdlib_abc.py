import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))
print(type(Shape) is ABCMeta, isinstance(Shape, ABCMeta))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper())


# register: virtual subclasses
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "o"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
r = Drawable.register(Circle)
print(r is Circle, issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable.register(int) is int, isinstance(3, Drawable), isinstance(3.0, Drawable))


@Drawable.register
class Line:
    pass


print(issubclass(Line, Drawable), Line.__name__)


class SubDrawable(Drawable):
    pass


SubDrawable.register(str)
print(issubclass(str, SubDrawable), issubclass(str, Drawable), issubclass(bytes, Drawable))

try:
    Drawable.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, Drawable)
except TypeError as e:
    print(type(e).__name__, e)


# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Sized2:
    def __len__(self):
        return 0


print(issubclass(list, HasLen), issubclass(Sized2, HasLen), issubclass(int, HasLen), isinstance("", HasLen))


class Concrete(ABC):
    pass


print(Concrete().__class__.__name__, Concrete.__abstractmethods__ == frozenset())


def f():
    pass


print(abstractmethod(f) is f, f.__isabstractmethod__)
print(isinstance(abc.get_cache_token(), int))


class Later(ABC):
    @abstractmethod
    def run(self):
        ...


class Fixed(Later):
    pass


Fixed.run = lambda self: "ran"
abc.update_abstractmethods(Fixed)
print(Fixed().run(), sorted(Fixed.__abstractmethods__))
