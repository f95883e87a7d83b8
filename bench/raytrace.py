# A small ray tracer: spheres and a checkered plane, two point lights,
# Lambert + Phong shading, shadows and recursive reflection. Renders a small
# image and prints a checksum of its 8-bit pixels. Vector objects, operator
# dunders, float math and virtual dispatch on the scene objects.

import math

EPSILON = 1e-5
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(
            self.y * o.z - self.z * o.y,
            self.z * o.x - self.x * o.z,
            self.x * o.y - self.y * o.x,
        )

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def tint(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(int(max(0.0, min(1.0, c)) * 255) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return Color(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0, -1, 0), Vec(0, 1, 0), Checker(WHITE, reflect=0.2)),
            Sphere(Vec(0, 0, 5), 1.0, Material(Color(0.9, 0.2, 0.2), reflect=0.3)),
            Sphere(Vec(-2.2, 0.2, 6), 1.2, Material(Color(0.2, 0.9, 0.3), reflect=0.1)),
            Sphere(Vec(2.0, -0.3, 4), 0.7, Material(Color(0.3, 0.4, 0.9), reflect=0.5)),
        ]
        self.lights = [(Vec(-4, 6, 0), Color(0.8, 0.8, 0.8)), (Vec(5, 4, 2), Color(0.4, 0.4, 0.5))]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best_obj = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best_obj = obj
        return best_t, best_obj

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length()
        ray = Ray(point, to_light * (1.0 / dist))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        t, obj = self.nearest(ray)
        if obj is None:
            return Color(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        result = base * self.ambient
        for light_pos, light_color in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                result = result + base.tint(light_color) * (lambert * mat.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0:
                result = result + light_color * (mat.specular * spec**mat.shininess)
        if mat.reflect > 0 and depth < MAX_DEPTH:
            bounce = Ray(point, ray.direction.reflect(normal))
            result = result * (1 - mat.reflect) + self.trace(bounce, depth + 1) * mat.reflect
        return result


def render(width, height):
    scene = Scene()
    eye = Vec(0, 0.5, -1)
    forward = (Vec(0, 0, 5) - eye).normalized()
    right = Vec(0, 1, 0).cross(forward).normalized()
    up = forward.cross(right)
    aspect = width / height
    checksum = 0
    histogram = [0] * 8
    for j in range(height):
        for i in range(width):
            u = (2 * (i + 0.5) / width - 1) * aspect * 0.6
            v = (1 - 2 * (j + 0.5) / height) * 0.6
            d = (forward + right * u + up * v).normalized()
            r, g, b = scene.trace(Ray(eye, d), 0).to_bytes()
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) // 96] += 1
    return checksum, histogram


def main():
    checksum, histogram = render(160, 120)
    print("raytrace", checksum, histogram)


main()
