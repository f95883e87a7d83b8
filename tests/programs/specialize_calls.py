# Adaptive specialization of call sites: each site is hot for a Python
# function with exact positional args, then sees other kinds of callables.
import functools


def call0(f):
    return f()


def call1(f, a):
    return f(a)


def call2(f, a, b):
    return f(a, b)


def call_kw(f, a, b):
    return f(a, b=b)


def call_star(f, args):
    return f(*args)


def call_starkw(f, args, kwargs):
    return f(*args, **kwargs)


def plus(a, b):
    return a + b


def plus_default(a, b=1000):
    return a + b


def plus_star(*args):
    return ("star", sum(args))


def plus_kwonly(a, *, b):
    return ("kwonly", a, b)


def plus_kwargs(a, **kw):
    return ("kwargs", a, sorted(kw.items()))


# --- call2 site hot for plus, then other callables ------------------------------
print("== call2 site")
acc = 0
for i in range(80):
    acc = call2(plus, acc, i)
print("plus hot", acc)
print("default func", call2(plus_default, 1, 2))
print("star func", call2(plus_star, 1, 2))
try:
    call2(plus_kwargs, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print("builtin max", call2(max, 3, 9), "builtin pow", call2(pow, 2, 10))
print("builtin divmod", call2(divmod, 17, 5), "isinstance", call2(isinstance, 3, int))
print("lambda", call2(lambda x, y: x * y, 6, 7))
print("bound str method", call2("{}+{}".format, 1, 2), call2(str.center, "ab", 6))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def shift(self, d):
        return Point(self.x + d, self.y + d)

    @staticmethod
    def smake(x, y):
        return Point(x * 10, y * 10)

    @classmethod
    def cmake(cls, x, y):
        return cls(x - 1, y - 1)


class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


print("class call", call2(Point, 1, 2), call2(Point3, 3, 4))
print("bound method", call2(Point(0, 0).moved, 5, 6))
print("staticmethod via class", call2(Point.smake, 1, 2), "via instance", call2(Point(0, 0).smake, 3, 4))
print("classmethod via class", call2(Point.cmake, 1, 2), "via subclass", call2(Point3.cmake, 5, 6))
print("unbound function via class", call2(Point.shift, Point(1, 1), 9))


class Adder:
    def __init__(self, base):
        self.base = base

    def __call__(self, a, b):
        return self.base + a + b


print("callable object", call2(Adder(100), 1, 2))
print("functools.partial", call2(functools.partial(max, 50), 1, 2), call2(functools.partial(plus_star, 7), 1, 2))
print("builtin type calls", call2(range, 2, 5), call2(int, "ff", 16), call2(str, b"hi", "ascii"))

# back to plus: re-specialize
acc = 0
for i in range(60):
    acc = call2(plus, acc, 1)
print("plus again", acc)

# --- call1 site: positional counts and defaults --------------------------------------
print("== call1 site")


def sq(v):
    return v * v


def sq_default(v, power=3):
    return v ** power


r = [call1(sq, i) for i in range(60)]
print("sq", r[:5], r[-1])
print("with default", call1(sq_default, 2))
print("builtins", call1(len, "hello"), call1(abs, -4), call1(str, 12), call1(list, "ab"), call1(sorted, [3, 1, 2]))
print("types", call1(int, "42"), call1(float, "1.5"), call1(tuple, [1]), call1(bool, 0), call1(type, 1.0).__name__)
print("bound builtin method", call1([1, 2, 3].index, 2), call1("a,b".split, ","), call1({"k": 5}.get, "k"))
print("generator function", list(call1(lambda n: (i for i in range(n)), 4)))


def gen(n):
    for i in range(n):
        yield i * i


print("generator def", list(call1(gen, 5)))

# --- call0 site ---------------------------------------------------------------------
print("== call0 site")
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


for i in range(60):
    call0(tick)
print("ticks", counter[0])
print("call0 others", call0(list), call0(dict), call0("abc".upper), call0(lambda: "lam"))


def with_all_defaults(a=1, b=2, c=3):
    return a * 100 + b * 10 + c


print("all defaults", call0(with_all_defaults))
print("class no args", type(call0(object)).__name__, call0(int), call0(str) == "")

# --- keyword args site ------------------------------------------------------------
print("== keyword site")
t = 0
for i in range(60):
    t += call_kw(plus, i, 1)
print("kw plus", t)
print("kw default", call_kw(plus_default, 1, 2))
print("kw only", call_kw(plus_kwonly, 1, 2))
print("kw kwargs", call_kw(plus_kwargs, 1, 2))


class Pair:
    def __init__(self, a, b):
        self.pair = (a, b)


print("kw class", call_kw(Pair, 7, 8).pair)
try:
    call_kw(Point3, 7, 8)
except TypeError as e:
    print("TypeError:", e)
print("kw partial", call_kw(functools.partial(plus_kwargs, c=3), 1, 2))
print("kw lambda", call_kw(lambda a, b: (a, b), "x", "y"))
print("kw sorted", sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
try:
    call_kw(sq, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    call_kw(len, [1], 2)
except TypeError as e:
    print("TypeError raised for builtin len with keyword")
try:
    call_kw(plus, 1, 2)
    plus(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)

# --- *args / **kwargs sites --------------------------------------------------------
print("== star site")
t = 0
for i in range(60):
    t += call_star(plus, (i, i))
print("star plus", t)
print("star list arg", call_star(plus, [10, 20]))
print("star generator arg", call_star(plus, (v for v in (1, 2))))
print("star variadic", call_star(plus_star, range(10)))
print("star builtin", call_star(max, [4, 8, 1]), call_star(print, ()), call_star(zip, ["ab", "cd"]).__class__.__name__)
print("star class", call_star(Point, (1, 2)))
print("starkw", call_starkw(plus, (1,), {"b": 2}), call_starkw(plus_kwargs, (0,), {"z": 1, "y": 2}))
print("starkw default", call_starkw(plus_default, (), {"a": 5}))
try:
    call_starkw(plus, (1,), {"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    call_starkw(plus, (1, 2), {"c": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    call_starkw(plus_kwonly, (1, 2), {})
except TypeError as e:
    print("TypeError:", e)
try:
    call_starkw(plus_kwonly, (1,), {})
except TypeError as e:
    print("TypeError:", e)

# --- wrong argument count at a hot site --------------------------------------------
print("== arity errors")
for i in range(60):
    call2(plus, i, i)


def one_arg(a):
    return a


def three_args(a, b, c):
    return a + b + c


for f in [one_arg, three_args, sq_default, Point3.moved, lambda: 0]:
    try:
        print("no error", call2(f, 1, 2))
    except TypeError as e:
        print("TypeError:", e)
try:
    call2(Point(1, 1).shift, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    call2(Point, 1, 2)
    call1(Point, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    call2(5, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    call2(None, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print("after errors", call2(plus, 20, 22))

# --- function reassigned in globals after hot --------------------------------------
print("== rebound function")


def worker(v):
    return v + 1


def run_worker(v):
    return worker(v)


s = 0
for i in range(60):
    s += run_worker(i)
print("worker v1", s)


def worker(v):  # noqa: F811
    return v * 2


print("worker v2", run_worker(21))
worker = Adder
print("worker class", run_worker(5).base)
worker = Adder(1).__call__
try:
    run_worker(5)
except TypeError as e:
    print("TypeError:", e)
worker = functools.partial(plus, 1000)
print("worker partial", run_worker(5))

# --- __defaults__ modified after hot ---------------------------------------------
print("== defaults change")


def defaulted(a, b=1):
    return a * 10 + b


def run_defaulted(a):
    return defaulted(a)


s = 0
for i in range(60):
    s += run_defaulted(i)
print("defaults v1", s, defaulted.__defaults__)
defaulted.__defaults__ = (7,)
print("defaults v2", run_defaulted(1), defaulted.__defaults__)
defaulted.__defaults__ = None
try:
    run_defaulted(1)
except TypeError as e:
    print("TypeError:", e)
defaulted.__defaults__ = (3, 4)
print("defaults two", run_defaulted(1), defaulted(), defaulted.__defaults__)
defaulted.__kwdefaults__ = None
defaulted.__defaults__ = (1,)
print("defaults restored", run_defaulted(2))

# --- recursion ------------------------------------------------------------------------
print("== recursion")


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(20)])


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("fact 25", fact(25), "fact 5", fact(5))


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


print("mutual", even(100), odd(77), even(7))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print("ackermann(2, 3)", ackermann(2, 3))

# fib rebound mid-flight: the recursive call looks up the global each time
real_fib = fib
print("real fib 15", real_fib(15))
fib = lambda n: 1000  # noqa: E731
print("rebound inner calls", real_fib(5))
fib = real_fib

# --- method call sites: same site, different receiver types ----------------------------
print("== method sites")


def call_append(o, v):
    o.append(v)
    return o


lst = []
for i in range(60):
    call_append(lst, i)
print("list append", len(lst), lst[-3:])


class MyList:
    def __init__(self):
        self.items = []

    def append(self, v):
        self.items.append(("wrapped", v))


ml = MyList()
call_append(ml, 1)
print("user append", ml.items)


class SubList(list):
    def append(self, v):
        super().append(v * 2)


print("list subclass append", call_append(SubList(), 21))
ml.append = lambda v: print("instance-level append", v)
call_append(ml, 2)
try:
    call_append((), 1)
except AttributeError as e:
    print("AttributeError:", e)


def call_upper(o):
    return o.upper()


for i in range(60):
    u = call_upper("abc")
print("str upper", u)


class Shout:
    def upper(self):
        return "SHOUT"


print("user upper", call_upper(Shout()))

# super() calls in a hot loop
print("== super calls")


class Root:
    def val(self, n):
        return n


class Mid(Root):
    def val(self, n):
        return super().val(n) + 1


class Leaf(Mid):
    def val(self, n):
        return super().val(n) * 2


leaf = Leaf()
s = 0
for i in range(60):
    s += leaf.val(i)
print("super chain", s)
Root.val = lambda self, n: -n
print("super chain after base patch", leaf.val(5))

# --- closures as call targets -----------------------------------------------------------
print("== closures")


def make_mul(k):
    def m(v):
        return v * k
    return m


muls = [make_mul(k) for k in range(5)]
res = []
for i in range(60):
    res.append(call1(muls[i % 5], i))
print("closures", res[:10], sum(res))
print("done")
