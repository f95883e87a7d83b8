# __del__ runs when the last reference goes, before the next statement's calls.
class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = C("a")
del a
print("after del a")
b = C("b")
b = None
print("after b = None")


def f():
    c = C("local")
    print("in f")


f()
print("after f")
lst = [C("x"), C("y")]
lst.pop()
print("after pop")
lst.clear()
print("after clear")
d = {"k": C("dict value")}
d["k"] = 1
print("after replace")


class Parent:
    def __init__(self):
        self.child = C("child")

    def __del__(self):
        print("del parent")


p = Parent()
del p
print("after parent")


class Sub(C):
    pass


s = Sub("sub")
del s
print("after sub")


class Slots:
    __slots__ = ("n",)

    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del slots", self.n)


x = Slots(1)
x = Slots(2)
print("after rebinding")
for i in range(3):
    t = C("loop %d" % i)
print("after loop")
del t
print("end")
