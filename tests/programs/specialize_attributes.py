# Adaptive specialization of attribute loads/stores: sites become hot for one
# class/layout, then the class, instance or module changes underneath them.
import math


def get_x(o):
    return o.x


def get_y(o):
    return o.y


def set_x(o, v):
    o.x = v


# --- instance attribute: class A hot, then class B with different layout ----
print("== layouts")


class A:
    def __init__(self, x):
        self.x = x


class B:
    def __init__(self, x):
        self.pad1 = "p1"
        self.pad2 = "p2"
        self.x = x * 10


class C(A):
    def __init__(self, x):
        self.extra = -1
        super().__init__(x + 1000)


objs = [A(i) for i in range(60)]
total = 0
for o in objs:
    total += get_x(o)
print("A total", total)
print("B", get_x(B(3)), get_x(B(4)))
print("C subclass", get_x(C(5)))
mixed = [A(1), B(2), C(3), A(4), B(5), C(6)] * 10
print("mixed total", sum(get_x(o) for o in mixed))

# instance dicts with attributes added in different orders
a1 = A(1)
a1.y = "a1y"
a2 = A(2)
a2.z = 0
a2.y = "a2y"
ys = []
for i in range(60):
    ys.append(get_y(a1 if i % 2 else a2))
print("y values", ys[:4], len(ys))
try:
    get_y(A(3))
except AttributeError as e:
    print("AttributeError:", e)

# --- attribute added to class after hot (no instance attr: class attr read) --
print("== class attrs")


class K:
    color = "red"

    def __init__(self):
        self.size = 1


def get_color(o):
    return o.color


k = K()
seen = []
for i in range(60):
    seen.append(get_color(k))
print("hot color", seen[0], seen[-1], len(seen))
K.color = "blue"  # class attr modified
print("after class modify", get_color(k), get_color(K()))
k.color = "green"  # instance attribute shadows class attribute
print("after instance shadow", get_color(k), get_color(K()))
del k.color  # delete instance attribute -> falls back to class attribute
print("after instance delete", get_color(k))
del K.color
try:
    get_color(k)
except AttributeError as e:
    print("AttributeError:", e)
K.color = "purple"
print("after re-add", get_color(k))


# class attr added later to a base; shadowing through inheritance
class Base:
    def __init__(self):
        self.v = 1


class Derived(Base):
    pass


def get_tag(o):
    return o.tag


Base.tag = "base-tag"
d = Derived()
out = []
for i in range(60):
    out.append(get_tag(d))
print("inherited", out[-1])
Derived.tag = "derived-tag"
print("after subclass shadow", get_tag(d), get_tag(Base()))
del Derived.tag
print("after subclass delete", get_tag(d))
Base.tag = "base-tag-2"
print("after base modify", get_tag(d))

# instance attribute loads of the same name as class attribute
print("== instance vs class")


class Counter:
    count = 0

    def bump(self):
        self.count = self.count + 1  # first read hits class attr, then instance
        return self.count


c = Counter()
r = []
for i in range(60):
    r.append(c.bump())
print("bump", r[0], r[1], r[-1], Counter.count)
del c.count
print("after del", c.count, c.bump())

# --- properties -------------------------------------------------------------
print("== properties")


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2


def get_v(o):
    return o.v


p = P(5)
acc = 0
for i in range(60):
    acc += get_v(p)
print("property total", acc)


class Q:
    def __init__(self):
        self.v = "plain"


print("plain attr at property site", get_v(Q()))
P.v = property(lambda self: self._v * 3)
print("property replaced", get_v(p))
P.v = 99  # property replaced by a plain class attribute
print("class attr replaced property", get_v(p))
p.v = "inst"  # now plain class attr -> instance dict wins
print("instance attr now", get_v(p))
P.v = property(lambda self: "prop-again")  # data descriptor beats instance dict
print("data descriptor over instance dict", get_v(p))


class R:
    def __init__(self):
        self._t = 0

    def _get(self):
        return self._t

    def _set(self, v):
        self._t = v * 100

    t = property(_get, _set)


rr = R()
for i in range(60):
    rr.t = i
print("property setter", rr.t, rr._t)
try:
    p.v = 5
except AttributeError:
    print("AttributeError raised for getter-only property")

# --- __slots__ --------------------------------------------------------------
print("== slots")


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = -x


class S2:
    __slots__ = ("a", "b", "x")

    def __init__(self, x):
        self.a = 0
        self.b = 0
        self.x = x + 0.5


st = 0
for i in range(60):
    st += get_x(S(i))
print("slots total", st)
print("slots other layout", get_x(S2(1)), get_x(A(7)), get_x(S(8)))
s = S(3)
for i in range(60):
    set_x(s, i)
print("slots store", s.x, s.y)
set_x(S2(0), 5)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)
del s.x
try:
    get_x(s)
except AttributeError as e:
    print("AttributeError:", e)
set_x(s, "back")
print("restored", get_x(s))

# --- module attributes --------------------------------------------------------
print("== module attrs")
acc = 0.0
for i in range(60):
    acc += math.pi * math.sqrt(i)
print("module hot", round(acc, 6))
orig_sqrt = math.sqrt
math.sqrt = lambda v: -1
acc = 0.0
for i in range(5):
    acc += math.sqrt(i)
print("patched sqrt", acc)
math.sqrt = orig_sqrt
print("restored sqrt", math.sqrt(16))
orig_pi = math.pi
math.pi = 3
print("patched pi", math.pi * 2)
math.pi = orig_pi
print("restored pi", round(math.pi, 5))
math.custom_attr = "new"
print("added module attr", math.custom_attr)
del math.custom_attr
try:
    math.custom_attr
except AttributeError as e:
    print("AttributeError:", e)

# --- methods replaced on the class after site was hot ------------------------
print("== methods")


class M:
    def __init__(self, n):
        self.n = n

    def describe(self):
        return f"M{self.n}"


def call_describe(o):
    return o.describe()


m = M(1)
res = []
for i in range(60):
    res.append(call_describe(m))
print("hot method", res[-1])
M.describe = lambda self: f"patched{self.n}"
print("method replaced", call_describe(m), call_describe(M(2)))
m.describe = lambda: "instance-lambda"  # shadowed by instance attribute
print("instance shadow", call_describe(m), call_describe(M(3)))
del m.describe
print("instance shadow removed", call_describe(m))


def new_describe(self):
    return "def-" + str(self.n)


M.describe = new_describe
print("replaced with def", call_describe(m))
M.describe = staticmethod(lambda: "static")
print("replaced with staticmethod", call_describe(m))
M.describe = classmethod(lambda cls: "classmethod " + cls.__name__)
print("replaced with classmethod", call_describe(m))


class CallableObj:
    def __call__(self):
        return "callable-obj"


M.describe = CallableObj()  # not a descriptor: no self passed
print("replaced with callable object", call_describe(m))

# --- inheritance: base method overridden later via setattr on subclass --------
print("== inheritance override")


class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    pass


def speak(o):
    return o.speak()


dog = Dog()
sounds = []
for i in range(60):
    sounds.append(speak(dog))
print("before override", sounds[-1])
setattr(Dog, "speak", lambda self: "woof")
print("after override", speak(dog), speak(Animal()))
Animal.speak = lambda self: "generic"
print("after base change", speak(dog), speak(Animal()))
delattr(Dog, "speak")
print("after delattr", speak(dog))

# --- __getattr__ fallback -------------------------------------------------------
print("== __getattr__")


class Lazy:
    def __init__(self):
        self.x = "real"

    def __getattr__(self, name):
        return f"computed-{name}"


lz = Lazy()
vals = []
for i in range(60):
    vals.append(get_y(lz))
print("getattr hot", vals[0], len(vals))
print("real attr not via getattr", get_x(lz))
del lz.x
print("after del falls to getattr", get_x(lz))
print("get_y on A after Lazy", get_y(a1))


class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")


try:
    get_y(Strict())
except AttributeError as e:
    print("AttributeError:", e)


class GA:
    def __getattribute__(self, name):
        if name == "x":
            return "intercepted"
        return object.__getattribute__(self, name)


print("getattribute", get_x(GA()))

# --- store-attribute sites hot, then __setattr__ / property setter --------------
print("== stores")


class Plain:
    pass


pl = Plain()
for i in range(60):
    set_x(pl, i * 2)
print("plain store", pl.x)


class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append((name, value))
        object.__setattr__(self, name, value + 1)


lg = Logged()
set_x(lg, 10)
set_x(lg, 20)
print("setattr hook", lg.x, lg.log)


class Setter:
    def __init__(self):
        self._x = None

    @property
    def x(self):
        return ("got", self._x)

    @x.setter
    def x(self, v):
        self._x = v * 2


se = Setter()
set_x(se, 21)
print("property setter", se.x, se._x)


class ReadOnly:
    @property
    def x(self):
        return 1


try:
    set_x(ReadOnly(), 5)
except AttributeError as e:
    print("AttributeError:", e)
set_x(pl, "plain-again")
print("back to plain", pl.x)

# store site hot on instances, then class-level store shadows differently
for i in range(60):
    set_x(K, i)  # storing on a class object
print("stored on class", K.x, k.x)
k.x = "own"
print("instance wins", k.x, K.x)

# --- data descriptors defined by user ----------------------------------------
print("== descriptors")


class Desc:
    def __get__(self, obj, owner):
        if obj is None:
            return "class-access"
        return f"desc-get({obj.raw})"

    def __set__(self, obj, value):
        obj.raw = value * 3


class HasDesc:
    x = Desc()

    def __init__(self):
        self.raw = 0


hd = HasDesc()
for i in range(60):
    set_x(hd, i)
print("descriptor store", hd.raw, get_x(hd), HasDesc.x)


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class HasNonData:
    x = NonData()


hn = HasNonData()
print("nondata", get_x(hn))
hn.__dict__["x"] = "inst-dict"
print("instance dict beats nondata", get_x(hn))

# --- attributes on functions / builtin types at hot site ------------------------
print("== misc objects")


def f():
    pass


f.x = "func-attr"
print("function attr", get_x(f))
print("int attrs", (5).real, (5).imag, (3.5).real, (2**70).bit_length())
for i in range(60):
    n = i.numerator
print("numerator", n, (True).numerator)
try:
    get_x(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    get_x(None)
except AttributeError as e:
    print("AttributeError:", e)
print("done")
