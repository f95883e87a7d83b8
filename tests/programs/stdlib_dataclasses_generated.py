# Generated comparison cases: every combination of dataclass flags on the same fields,
# exercising the generated methods and the errors each combination gives.
import itertools
from dataclasses import dataclass, field, fields, FrozenInstanceError, replace, astuple


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print("  %s: %s" % (label, r))


FLAGS = ["init", "repr", "eq", "order", "unsafe_hash", "frozen"]
for combo in itertools.product([False, True], repeat=len(FLAGS)):
    opts = dict(zip(FLAGS, combo))
    label = ",".join(k for k, v in opts.items() if v) or "-"
    try:
        @dataclass(**opts)
        class D:
            a: int = 1
            b: str = "x"
            c: list = field(default_factory=list, compare=False)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        continue
    print(label)
    attempt("D()", lambda: D().__class__.__name__)
    d1 = D()
    d2 = D()
    attempt("repr", lambda: repr(d1).startswith("D(") and repr(d1))
    attempt("eq", lambda: d1 == d2)
    attempt("ne", lambda: d1 != d2)
    attempt("lt", lambda: d1 < d2)
    attempt("ge", lambda: d1 >= d2)
    attempt("hash is None", lambda: D.__hash__ is None)
    attempt("hashable", lambda: hash(d1) == hash(d2))
    attempt("setattr", lambda: setattr(d1, "a", 5) or d1.a)
    attempt("init args", lambda: D(2, "y").a)
    attempt("replace", lambda: replace(d2, a=7).a)
    attempt("astuple", lambda: astuple(d2))
    attempt("fields", lambda: [f.name for f in fields(D)])
    attempt("match_args", lambda: getattr(D, "__match_args__", None))
