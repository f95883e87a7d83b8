# Adaptive specialization of binary ops and comparisons: every site below
# runs hot (>= 50 times) with one pair of operand types, then sees others.
# A quickening interpreter must de-specialize (or guard) correctly.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def div(a, b):
    return a / b


def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


# --- add: hot with small ints -------------------------------------------
print("== add site")
acc = 0
for i in range(80):
    acc = add(acc, i)
    if i % 16 == 0:
        print("int add", i, acc)
print("int add total", acc)

# same site, floats
facc = 0.0
for i in range(60):
    facc = add(facc, 0.25)
print("float add", facc)
print("float add 0.1+0.2", add(0.1, 0.2))

# mixed int/float at the same site
print("mixed int+float", add(1, 0.5), add(0.5, 1), add(10**3, 1e-3))

# big ints after small ints
print("big", add(2**62, 2**62), add(2**63 - 1, 1), add(-(2**63), -1))
print("big2", add(10**30, 10**30), add(2**64, -(2**64)))

# strings, lists, tuples at the same site
print("str", add("ab", "cd"), repr(add("", "")))
print("list", add([1, 2], [3]), add([], []))
print("tuple", add((1,), (2, 3)))

# bools
print("bool", add(True, 1), add(True, True), add(False, 2.5), add(1, False))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other * 100)
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print("user add", add(Money(150), Money(275)), add(Money(5), 7), add(3, Money(1)))
try:
    add(Money(1), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    add("x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    add([1], (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    add(None, None)
except TypeError as e:
    print("TypeError:", e)

# back to ints after all that (re-specialization)
acc = 0
for i in range(60):
    acc = add(acc, i * 3)
print("int add again", acc)

# --- inline loop site: small ints then overflow mid-loop -------------------
print("== inline overflow")
x = 1
for i in range(100):
    x = x + x  # doubles: crosses 2**30, 2**62, 2**63, 2**64 inside one site
    if i in (29, 30, 61, 62, 63, 64, 99):
        print("double", i, x)
y = 2**62
vals = []
for i in range(70):
    if i < 60:
        vals.append(i + i)
    else:
        vals.append(y + y + i)
print("vals", vals[0], vals[59], vals[60], vals[69])

# negative overflow via subtraction
z = 0
for i in range(70):
    z = z - (2**58)
print("neg", z, z < -(2**63), z // 3, z % 7)

# multiplication: hot small, then overflow, then float, then str/list repeat
print("== mul site")
p = 1
for i in range(1, 60):
    p = mul(p, 2) if i % 2 else mul(p, 1)
    if i % 10 == 0:
        print("mul", i, p)
print("mul overflow", mul(2**40, 2**40), mul(-(2**33), 2**33), mul(3037000500, 3037000500))
print("mul float", mul(1.5, 4), mul(4, 1.5), mul(0.1, 3))
print("mul seq", mul("ab", 3), mul(3, "xy"), mul([0], 4), mul((1, 2), 2), mul(True, 7))
print("mul neg seq", repr(mul("ab", -1)), mul([1], 0))

# --- sub site: ints then floats then user ---------------------------------
print("== sub site")
s = 1000
for i in range(60):
    s = sub(s, i)
print("sub int", s)
print("sub float", sub(1.0, 0.75), sub(5, 0.5), sub(0.5, 5))
print("sub big", sub(-(2**63), 1), sub(2**63, 2**64))
print("sub user", sub(Money(10), Money(3)))
try:
    sub("a", "b")
except TypeError as e:
    print("TypeError:", e)

# --- division sites: hot then zero -----------------------------------------
print("== div sites")
t = 0.0
for i in range(1, 70):
    t = t + div(i, 7)
print("div total", round(t, 9))
for a, b in [(7, 2), (-7, 2), (7.5, 2), (1, 3), (2**70, 2**68)]:
    print("div", a, b, div(a, b))
try:
    div(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    div(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("div after error", div(9, 3))

q = 0
for i in range(1, 70):
    q += floordiv(i * 11, 4) + mod(i * 11, 4)
print("floordiv+mod total", q)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (2**65 + 3, 2**32)]:
    print("fdiv/mod", a, b, floordiv(a, b), mod(a, b))
for a, b in [(5, 0), (5.0, 0), (5, 0.0)]:
    try:
        floordiv(a, b)
    except ZeroDivisionError as e:
        print("floordiv ZeroDivisionError:", e)
    try:
        mod(a, b)
    except ZeroDivisionError as e:
        print("mod ZeroDivisionError:", e)
print("mod str", mod("%d-%s", (4, "x")))

# zero division inside a hot inline loop
errors = 0
total = 0
for i in range(100):
    d = i % 10
    try:
        total += 1000 // d
    except ZeroDivisionError:
        errors += 1
print("inline div errors", errors, "total", total)

# --- comparisons -------------------------------------------------------------
print("== compare sites")
cnt = 0
for i in range(80):
    if lt(i, 40):
        cnt += 1
    if le(i, 40):
        cnt += 1
    if gt(i, 70):
        cnt += 1
    if ge(i, 70):
        cnt += 1
    if eq(i, 33):
        cnt += 100
    if ne(i, 33):
        cnt += 1
print("int compares", cnt)

pairs = [
    (1, 2), (2, 1), (1, 1),
    (1.5, 2.5), (2.5, 1.5), (1.0, 1.0),
    (1, 1.0), (1, 1.5), (2.5, 2), (2**63, 2.0**63), (2**53 + 1, 2.0**53),
    ("a", "b"), ("b", "a"), ("abc", "abd"), ("", "a"), ("same", "same"),
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1,), (1, 0)), ((2,), (1, 9)),
    ([1, 2], [1, 2, 0]), (True, 1), (False, 0.0), (True, 2),
    (-(2**70), -(2**69)), (2**100, 2**100),
]
for a, b in pairs:
    print(repr(a), repr(b), lt(a, b), le(a, b), eq(a, b), ne(a, b), gt(a, b), ge(a, b))

nan = float("nan")
print("nan", lt(nan, 1.0), eq(nan, nan), ne(nan, nan), ge(nan, nan))
inf = float("inf")
print("inf", lt(1, inf), gt(inf, 2**1000), eq(inf, inf))

print("user compare", lt(Money(1), Money(2)), le(Money(3), Money(2)),
      eq(Money(4), Money(4)), ne(Money(4), Money(5)),
      gt(Money(9), Money(2)), ge(Money(2), Money(2)))
print("eq mixed", eq(Money(1), 1), eq(1, "1"), eq(None, None), ne([1], (1,)))
for a, b in [(1, "a"), ("a", 1), ((1,), [1]), (None, 1), ((1, "x"), (1, 2))]:
    try:
        lt(a, b)
    except TypeError as e:
        print("TypeError:", e)

# ints again after everything
cnt = 0
for i in range(60):
    if lt(i, 30):
        cnt += 1
print("int lt again", cnt)

# sorting with user __lt__ after sorting ints (sort uses < internally)
print(sorted([5, 3, 9, 1]))
print(sorted([Money(5), Money(3), Money(9), Money(1)]))
print(min(Money(7), Money(2)), max(3, 9.5, 2))

# --- in-place ops at a hot site ------------------------------------------
print("== inplace")


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


def iadd(a, b):
    a += b
    return a


r = 0
for i in range(60):
    r = iadd(r, i)
print("iadd int", r)
lst = []
for i in range(5):
    res = iadd(lst, [i])
print("iadd list (same object)", res is lst, lst)
tup = ()
tup2 = iadd(tup, (1,))
print("iadd tuple", tup, tup2)
print("iadd str", iadd("ab", "c"), iadd(1.5, 1), iadd(2**62, 2**62))
print("iadd user", iadd(Acc(), 5))

# --- bitwise / shift / power at a hot site ---------------------------------


def ops(a, b):
    return (a & b, a | b, a ^ b, a << (b % 8), a >> (b % 8), a ** (b % 4))


h = 0
for i in range(60):
    r = ops(i, i + 3)
    h = (h * 31 + sum(r)) % 1000003
print("ops hash", h)
print("ops big", ops(2**64 + 5, 3))
print("ops neg", ops(-5, 6))
print("ops bool", ops(True, False))
print("pow float", 2 ** -1, 2.0 ** 3, (-8) ** 2, 10 ** 20)
print("sets", sorted({1, 2} | {3}), sorted({1, 2, 3} & {2, 3, 4}), sorted({1, 2} ^ {2, 5}))
try:
    ops(1.5, 2)
except TypeError as e:
    print("TypeError:", e)

# --- unary ops at hot site --------------------------------------------------


def neg(a):
    return -a


def inv(a):
    return ~a


def pos_not(a):
    return (+a, not a)


u = 0
for i in range(60):
    u += neg(i) + inv(i)
print("unary int", u)
print("unary other", neg(1.5), neg(2**63), neg(True), inv(2**64), inv(-1), pos_not(0.0), pos_not(2**70), pos_not(-3))
print("not other", not "x", not [], not 0.0, not None)
try:
    neg("s")
except TypeError as e:
    print("TypeError:", e)
print("done")
