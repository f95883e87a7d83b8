class A:
    def __init__(self, x):
        self.x = x
        self.y = x * 2
    def m(self): return self.x + self.y
class B(A):
    pass
a = A(1); b = B(2)
print(a.x, a.y, b.m(), a.__dict__, vars(b))
a.z = 5
print(a.__dict__)
a.x = 10
print(a.m(), a.__dict__)
del a.y
print(a.__dict__)
try: a.y
except AttributeError as e: print(e)
c = A(3)
c.__class__ = B
print(type(c).__name__, c.m(), c.__dict__)
try: c.__class__ = int
except TypeError as e: print(e)
try: c.__class__ = 3
except TypeError as e: print(e)
class S:
    __slots__ = ('p',)
try: c.__class__ = S
except TypeError as e: print(e)
tot = 0
objs = [A(i) for i in range(1000)]
for o in objs:
    o.x += 1
    tot += o.m() + o.x
print(tot)
class V:
    pass
vs = []
for i in range(50):
    v = V()
    for j in range(i % 12):
        setattr(v, 'a%d' % ((i * 7 + j) % 13), j)
    vs.append(v)
print(sum(len(vars(v)) for v in vs), [sorted(vars(v)) for v in vs[:3]])
class W:
    def __init__(self): self.m = lambda: 'shadow'
    def m(self): return 'method'
w = W(); print(w.m())
for _ in range(5): print(W.m(w), w.m())
# Deleting and re-adding moves an attribute to the end, as in a dict.
class D:
    def __init__(self):
        self.p = 1
        self.q = 2
        self.r = 3
d = D()
del d.q
d.q = 4
print(list(vars(d)))
# vars() is the live dict: writes through it are attributes.
e = D()
vars(e)['s'] = 9
print(e.s, e.__dict__)
e.__dict__.clear()
print(hasattr(e, 'p'), e.__dict__)
# Many attributes, beyond what a shape holds.
big = D()
for k in range(60):
    setattr(big, 'f%d' % k, k)
print(len(vars(big)), big.f59, big.p)
# Non-identifier and str-subclass names.
class N(str):
    pass
setattr(big, N('weird name'), 1)
print(getattr(big, 'weird name'), 'weird name' in vars(big))
# Same class, different attribute orders, read at one site.
class Q:
    pass
def make(order):
    q = Q()
    for k in order:
        setattr(q, k, k.upper())
    return q
qs = [make('abc'), make('cba'), make('bca'), make('ab'), make('c')]
for _ in range(20):
    out = []
    for q in qs:
        out.append(getattr(q, 'c', '-') + q.__dict__.get('a', '-'))
print(out)
def reads(q):
    return q.a
for _ in range(30):
    r = [reads(q) for q in qs[:4]]
print(r)
try:
    reads(qs[4])
except AttributeError as ex:
    print(ex)
