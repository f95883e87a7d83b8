# Sites that see instances of many classes: method loads, attribute loads and stores at
# one site across up to ten classes, class changes in the middle, instance attributes
# that shadow methods, and more classes than a site keeps.


class Shape:
    def __init__(self, k):
        self.k = k
        self.hits = 0

    def area(self):
        return 0

    def name(self):
        return type(self).__name__


def make_classes(n):
    classes = []
    for i in range(n):
        def area(self, i=i):
            return self.k * (i + 1)
        classes.append(type("S%d" % i, (Shape,), {"area": area}))
    return classes


def total_area(shapes):
    t = 0
    for s in shapes:
        t += s.area()
        s.hits += 1
        t += s.k
    return t


def names(shapes):
    return [s.name() for s in shapes]


def main():
    classes = make_classes(10)
    for width in (1, 2, 3, 5, 8, 10):
        shapes = [classes[i % width](i) for i in range(40)]
        print(width, sum(total_area(shapes) for _ in range(30)))
    shapes = [classes[i % 10](i) for i in range(40)]
    print(names(shapes)[:12])

    # A class changes while the site is specialized for it.
    for rnd in range(40):
        if rnd == 20:
            classes[3].area = lambda self: -1000
        if rnd == 30:
            del classes[3].area
        t = total_area(shapes)
    print("after changes", t)

    # An instance attribute shadows the method for one object only.
    odd = classes[5](7)
    odd.area = lambda: 123456
    shapes.append(odd)
    print("shadowed", total_area(shapes), odd.hits)

    # Subclasses of subclasses, at the same sites.
    deeper = [type("D%d" % i, (classes[i],), {})(i) for i in range(10)]
    print("deeper", sum(total_area(deeper) for _ in range(20)))
    print([s.hits for s in deeper][:5], shapes[0].hits)


main()
