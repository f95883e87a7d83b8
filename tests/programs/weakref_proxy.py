# weakref.proxy: forwarding while alive, ReferenceError after.
import weakref


class C:
    def __init__(self):
        self.x = 1
        self.items = [1, 2, 3]

    def hello(self, who):
        return "hello " + who

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v in self.items

    def __str__(self):
        return "a C"

    def __add__(self, other):
        return ("add", other)

    def __call__(self, v):
        return v * 2


o = C()
p = weakref.proxy(o)
print(p.x, p.hello("you"), len(p), p[1], list(p), 2 in p, str(p), p + 5)
p.y = 7
print(o.y, p.y, bool(p), p(21))
print(weakref.proxy(o) is p, weakref.getweakrefcount(o))
print(type(p) in weakref.ProxyTypes, isinstance(p, weakref.CallableProxyType))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


q = weakref.proxy(Plain())
try:
    q.anything
except ReferenceError as e:
    print("ReferenceError:", e)
print(type(q) is weakref.ProxyType)

calls = []
o2 = Plain()
p2 = weakref.proxy(o2, lambda pr: calls.append(pr is p2))
del o2
print(calls)
for op in (lambda: p2.x, lambda: str(p2), lambda: len(p2)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
del o
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
print(issubclass(ReferenceError, Exception))
