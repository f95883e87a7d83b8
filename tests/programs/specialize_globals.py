# Adaptive specialization of global / builtin name loads: sites are hot with
# one binding, then the global is rebound, deleted, or shadows a builtin.
import builtins

SCALE = 2


def scaled(v):
    return v * SCALE


def use_len(seq):
    return len(seq)


def use_abs_max(a, b):
    return max(abs(a), abs(b))


def use_helper(v):
    return helper(v)


def helper(v):
    return v + 1


def read_counter():
    return COUNTER


# --- global hot, then rebound ------------------------------------------------
print("== rebind")
acc = 0
for i in range(60):
    acc += scaled(i)
print("SCALE=2 total", acc)
SCALE = 10
print("SCALE=10", scaled(3), scaled(4))
SCALE = "ab"
print("SCALE=str", scaled(2))
SCALE = 2
acc = 0
for i in range(60):
    acc += scaled(i)
print("SCALE=2 again", acc)

# rebinding inside the hot loop itself, via a function with `global`


def bump_scale():
    global SCALE
    SCALE += 1


vals = []
for i in range(60):
    vals.append(scaled(1))
    if i % 10 == 9:
        bump_scale()
print("scale during loop", vals[::10], SCALE)

# --- global deleted -----------------------------------------------------------
print("== delete")
COUNTER = 0
s = 0
for i in range(60):
    COUNTER = i
    s += read_counter()
print("counter sum", s)
del COUNTER
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
COUNTER = "back"
print("counter restored", read_counter())


def kill_counter():
    global COUNTER
    del COUNTER


kill_counter()
try:
    read_counter()
except NameError as e:
    print("NameError:", e)
try:
    kill_counter()
except NameError as e:
    print("NameError:", e)

# --- helper function rebound ---------------------------------------------------
print("== function rebound")
r = [use_helper(i) for i in range(60)]
print("helper v1", r[0], r[-1])


def helper(v):  # noqa: F811 - deliberate redefinition
    return v * 100


print("helper v2", use_helper(3))
helper = lambda v: f"lambda({v})"
print("helper v3", use_helper(4))
del helper
try:
    use_helper(5)
except NameError as e:
    print("NameError:", e)
helper = abs  # a builtin bound to a global name
print("helper builtin", use_helper(-6))

# --- builtin hot, then shadowed by a global -------------------------------------
print("== builtin shadow")
t = 0
for i in range(60):
    t += use_len("x" * i)
print("len total", t)
len = lambda x: 42  # noqa: E731 - shadows builtin len at module level
print("shadowed len", use_len("abc"), use_len([]))
t = 0
for i in range(60):
    t += use_len([i])
print("shadowed total", t)
del len
print("builtin len back", use_len("abcd"))
try:
    del len
except NameError as e:
    print("NameError:", e)
print("still builtin", use_len((1, 2)))

m = [use_abs_max(-i, i // 2) for i in range(60)]
print("abs/max", m[:5], m[-1])
abs = lambda v: 0  # noqa: E731
print("abs shadowed", use_abs_max(-5, 3))
max = min
print("max shadowed by min", use_abs_max(-5, 3))
del abs
print("abs restored, max still min", use_abs_max(-5, 3))
del max
print("both restored", use_abs_max(-5, 3))

# --- modifying the builtins module -------------------------------------------------
print("== builtins module")


def use_foo(v):
    return foo(v)


try:
    use_foo(1)
except NameError as e:
    print("NameError:", e)
builtins.foo = lambda v: v * 3
r = 0
for i in range(60):
    r += use_foo(i)
print("builtin foo total", r)
builtins.foo = lambda v: -v
print("builtin foo replaced", use_foo(7))
foo = lambda v: "global foo"  # noqa: E731 - global shadows new builtin
print("global shadows builtin foo", use_foo(7))
del foo
print("builtin foo again", use_foo(8))
del builtins.foo
try:
    use_foo(9)
except NameError as e:
    print("NameError:", e)

# patching a real builtin at the builtins module level
orig_len = builtins.len
t = 0
for i in range(60):
    t += use_len(range(i))
print("len hot again", t)
builtins.len = lambda x: -1
print("builtins.len patched", use_len("abc"))
builtins.len = orig_len
print("builtins.len restored", use_len("abc"))

orig_print = builtins.print
captured = []
builtins.print = lambda *a, **k: captured.append(a)
print("this goes to the list", 1)
print("so does this")
builtins.print = orig_print
print("captured", captured)

# --- global loaded in a closure and a class body ---------------------------------
print("== closures and class bodies")
BASE = 100


def make_adder():
    def inner(v):
        return v + BASE
    return inner


add = make_adder()
x = 0
for i in range(60):
    x = add(i)
print("closure global", x)
BASE = -100
print("closure global rebound", add(1))


class UsesGlobal:
    value = BASE * 2

    def method(self):
        return BASE + self.value


ug = UsesGlobal()
y = 0
for i in range(60):
    y += ug.method()
print("method global", y)
BASE = 0
print("method global rebound", ug.method(), UsesGlobal.value)

# --- many globals in a loop at module level ---------------------------------------
print("== module-level loop")
g1 = 1
g2 = 2.5
total = 0
for i in range(100):
    total = total + g1 * g2
    if i == 49:
        g1 = 2
        g2 = 3
    if i == 79:
        g2 = "not a number"
        try:
            total = total + g1 * g2
        except TypeError as e:
            print("TypeError:", e)
        g2 = 1
print("module loop total", total)

# name that is global in the module but local-shadowed in the function
NAME = "global"


def local_shadow(flag):
    if flag:
        NAME = "local"  # noqa: F841
        return NAME
    try:
        return NAME
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


for i in range(60):
    res = local_shadow(True)
print("local", res)
print("unbound", local_shadow(False))

# type() and other builtins used as globals
kinds = []
for v in [1, 2.0, "s", [], (), {}, None, True, 2**70] * 7:
    kinds.append(type(v).__name__)
print("kinds", kinds[:9], len(kinds))
type = lambda v: "fake"  # noqa: E731
print("type shadowed", type(1))
del type
print("type restored", type(1).__name__)
print("done")
