# class patterns with keyword args and explicit __match_args__
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(p):
    match p:
        case Point(x=0, y=0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Point():
            return f'somewhere ({p.x}, {p.y})'
        case Circle(center=Point(x=cx, y=cy), r=r):
            return f'circle at {cx},{cy} radius {r}'
        case int(n) | float(n):
            return f'number {n}'
        case str() as s:
            return f'string {s!r}'
        case list([int(), *_]):
            return 'list starting with int'
        case _:
            return 'unknown'
tests = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Circle(Point(1, 1), 4), 7, 2.5, 'hi', [1, 'x'], ['x'], None]
for t in tests:
    print(where(t))
class Dog:
    def __init__(self, name):
        self.name = name
class Puppy(Dog):
    pass
for pet in [Dog('rex'), Puppy('bit')]:
    match pet:
        case Puppy(name=n):
            print('puppy', n)
        case Dog(name=n):
            print('dog', n)
match True:
    case bool(b):
        print('bool', b)
