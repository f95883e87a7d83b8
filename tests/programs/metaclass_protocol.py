# Metaclasses written in Python: creation, inheritance of the metaclass, and the special
# methods a metaclass gives its classes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)

    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__

    def describe(cls):
        return "I am " + cls.__name__

    @property
    def size(cls):
        return len(cls.items)


class Base(metaclass=Meta, flag=True):
    items = [1, 2, 3]

    def __init__(self, v=0):
        self.v = v


class Child(Base):
    items = ["a"]


print(type(Base).__name__, type(Child).__name__, Base.created_by, Child.created_by)
print(list(Base), len(Base), Base[1], 2 in Base, 9 in Base, list(Child))
print(repr(Base), Child, Base.describe(), Child.size)
b = Child(5)
print(type(b).__name__, b.v, isinstance(b, Base), isinstance(Child, Meta), isinstance(Base, type))
print(issubclass(Meta, type), Meta.__mro__)


class Checker(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Checker):
    pass


class Mallard:
    def quack(self):
        pass


print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Mallard(), (int, Duck)), isinstance("s", (int, Duck)), isinstance(Duck(), Duck))


# A plain function as metaclass
def functional(name, bases, ns):
    ns["added"] = name.lower()
    return type(name, bases, ns)


class F(metaclass=functional):
    pass


print(F.added, type(F).__name__)


# Metaclass without __new__, only __init__
class Registry(type):
    registry = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.registry.append(name)


class R1(metaclass=Registry):
    pass


class R2(R1):
    pass


print(Registry.registry, type(R2).__name__)


class Init:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Init, tag="x"):
    pass


print(Tagged.tag)


class CGI:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(CGI[int], CGI["a", 1])


class M2(type):
    pass


try:
    class Bad(metaclass=M2):
        def __init__(self):
            pass
    Bad(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Bad).__name__)
