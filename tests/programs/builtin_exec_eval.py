# exec, eval, compile, globals(), locals(), vars(), dir() and __import__.
x = 5
print(eval("x + 1"))
exec("y = x * 2")
print(y)


def f(a):
    b = 3
    print(sorted(locals().items()))
    print(eval("a + b"), eval("a * b", None, {"a": 2, "b": 7}))
    return sorted(vars())


print(f(10))


def outer():
    captured = "cell"

    def inner():
        return sorted(locals().items())

    print(sorted(locals()))
    return inner()


print(outer())

g = {}
exec("def h(): return 42\nz = h()", g)
print(g["z"], "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("a = 1\nb = a + 1\ndef k(): return a", {"a": 100}, loc)
print(sorted(loc), loc["b"], loc["k"]())
exec("class K:\n    v = 3\n    def m(self): return self.v * 2\nr = K().m()", g)
print(g["r"], g["K"].__name__)

c = compile("1 + 2", "<x>", "eval")
print(eval(c), exec(c))
print(type(c).__name__, c.co_filename, c.co_name)
exec(compile("print('exec mode', 7)", "<s>", "exec"))
exec(compile("6 * 7", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("for i in range(2): i\n", "<single>", "single"))
code = compile(b"q = 3\nq * 2", "named.py", "exec")
ns = {}
exec(code, ns)
print(ns["q"])
print(eval("  1+1"), eval("\t2*3"), eval(b"2**10"))
print(compile("x", "f", "eval", 0, True).co_filename)
print(compile(source="x", filename="kw", mode="eval").co_filename)
print(eval(compile("x", "f", "eval", dont_inherit=True)))

errors = [
    lambda: eval(3),
    lambda: exec(None),
    lambda: exec("1", []),
    lambda: eval("1", []),
    lambda: eval("1", {}, 3),
    lambda: exec("1", {}, 3),
    lambda: compile("1", "a", "foo"),
    lambda: compile(3, "a", "exec"),
    lambda: compile("1", "a", "exec", 0x7),
    lambda: compile("1", "a"),
    lambda: exec("1", {}, closure=1),
    lambda: eval(),
    lambda: globals(1),
    lambda: locals(1),
    lambda: eval("1", {}, {}, 4),
    lambda: eval("undefined_name"),
    lambda: exec("raise KeyError('inside')"),
    lambda: eval("1/0"),
]
for bad in errors:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

for src, mode in [("x y", "eval"), ("def f(:\n  pass", "exec"), ("  x = 1", "exec"), ("x = ", "exec")]:
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
        print(str(e))

print(globals()["x"], "f" in dir(), globals() is globals())
globals()["made_by_globals"] = 11
print(made_by_globals)
print(vars()["x"], vars(f) == f.__dict__)


class C:
    q = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    print("q" in dir())


print(dir(C)[-1], "__init__" in dir(C), "q" in dir(C()))

import sys
print(type(sys.modules).__name__, sys.modules["sys"] is sys, "__main__" in sys.modules)
print(sys.modules["__main__"].x, sys.modules[__name__] is sys.modules["__main__"])
m = __import__("math")
print(m.sqrt(4), __import__("math", globals(), locals(), [], 0) is m)
import importlib
print(importlib.import_module("math") is m)
print(list(map(eval, ["1+1", "x"])))

recursive = "exec(recursive)"
try:
    exec(recursive)
except RecursionError as e:
    print(type(e).__name__)
try:
    __import__("pkg_doors/helper")
except ImportError as e:
    print(type(e).__name__, e)
print(repr(globals), repr(eval), repr(exec), eval.__name__, callable(locals))
