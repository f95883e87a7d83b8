# Object-heavy float math: build many small Point objects from trig
# functions, normalize each one in place, then fold them with a
# component-wise maximum. Stresses allocation, attribute access and floats.

from math import cos, sin, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point {self.x:.9f} {self.y:.9f} {self.z:.9f}>"

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class Vec:
    # A plain (dict-based) class too, so both attribute layouts are exercised.
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def scaled(self, k):
        return Vec(self.a * k, self.b * k)

    def dot(self, other):
        return self.a * other.a + self.b * other.b


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def vec_sum(n):
    acc = 0.0
    v = Vec(0.5, -0.25)
    for i in range(n):
        w = v.scaled(i * 0.001)
        acc += w.dot(v)
    return acc


def main():
    results = [run(100_000) for _ in range(6)]
    print("float", results[-1], f"{vec_sum(100_000):.6f}")


main()
