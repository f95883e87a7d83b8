# Class calls at one site: plain __init__, then __init__ replaced, __new__ added, a bad
# __init__ return value, slots classes, and subclasses that change the layout.


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Box:
    def __init__(self, w, h):
        self.w = w
        self.h = h


def make(cls, a, b):
    return cls(a, b)


total = 0
for i in range(100):
    p = make(Point, i, i + 1)
    total += p.x * p.y
print("points", total)

for i in range(100):
    b = make(Box, i, 2)
    total += b.w * b.h
print("boxes", total)


def new_init(self, w, h):
    self.w = w * 10
    self.h = h


Box.__init__ = new_init
print("replaced init", make(Box, 3, 4).w)


def box_new(cls, w, h):
    print("  __new__ called for", cls.__name__)
    return object.__new__(cls)


Box.__new__ = box_new
print("with __new__", make(Box, 1, 1).w)
print("with __new__ again", make(Box, 2, 1).w)


class Bad:
    def __init__(self, a, b):
        self.a = a
        if a > 90:
            return 5


for i in range(95):
    try:
        make(Bad, i, i)
    except TypeError as e:
        print("TypeError:", e)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y):
        Point.__init__(self, x, y)
        self.z = x + y


for i in range(60):
    q = make(Point3, i, 2)
print("point3", q.x, q.y, q.z)
for i in range(60):
    p = make(Point, i, 3)
print("point again", p.x, p.y)
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
try:
    make(Point, 1)
except TypeError as e:
    print("TypeError:", e)
print(make(lambda a, b: a + b, 2, 3))

p = Point(1, 2)
for i in range(60):
    p.x = i
    if i == 50:
        del p.y
    try:
        total += p.y
    except AttributeError as e:
        print("AttributeError:", e)
        p.y = 7
print("slots", p.x, p.y, total)
