class A:
    def __init__(self): self.x = 1
    def m(self): return self.x
class B(A): pass
class Counter:
    n = 0
a = A(); b = B()
t = 0
for i in range(300000):
    t += a.m() + b.m() + a.x
    Counter.n += 1          # modifies an unrelated class every iteration
    if i % 1000 == 0:
        class Tmp: pass     # defines a class every 1000 iterations
print(t, Counter.n)
# invalidation still works
A.m = lambda self: 42
print(a.m(), b.m())
def g(self): return -1
B.m = g
print(a.m(), b.m())
A.x = property(lambda self: "prop")
try:
    print(a.x)
except AttributeError as e: print("AE", e)
class M(type): pass
class C(metaclass=M):
    y = 5
def rd(): return C.y
print([rd() for _ in range(5)])
M.y = property(lambda cls: "meta")
print([rd() for _ in range(3)])
class M(type): pass
class C(metaclass=M): pass
print(C.__class__, type(C), C.__class__ is M)
