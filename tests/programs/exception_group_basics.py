# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive.


def attempt(label, make):
    try:
        result = make()
    except BaseException as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "=>", repr(result))


def shape(exc, depth=0):
    pad = "  " * depth
    if isinstance(exc, BaseExceptionGroup):
        print(f"{pad}{type(exc).__name__}({exc.message!r}) [{len(exc.exceptions)}]")
        for member in exc.exceptions:
            shape(member, depth + 1)
    else:
        print(f"{pad}{exc!r}")


print("-- construction")
attempt("two", lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("None", lambda: ExceptionGroup("m", None))
attempt("int", lambda: ExceptionGroup("m", 5))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("str items", lambda: ExceptionGroup("m", "ab"))
attempt("not exc", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("bad message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("no args", lambda: ExceptionGroup())
attempt("three", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("base in EG", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("BEG plain", lambda: BaseExceptionGroup("m", [ValueError()]))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(), SystemExit()])).__name__)
print([c.__name__ for c in ExceptionGroup.__mro__])
print([c.__name__ for c in BaseExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

print("-- attributes")
items = [ValueError(1)]
eg = ExceptionGroup("msg", items)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, eg.args[1] is items)
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("two", [ValueError(), KeyError()])))
print(repr(ExceptionGroup("", [ValueError(1), ExceptionGroup("n", [TypeError()])])))
eg.args = ("other",)
print(eg.args, eg.message, str(eg), repr(eg))
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, 3)
    except AttributeError as exc:
        print(name, "->", exc)
print(ExceptionGroup[ValueError])
print(ExceptionGroup("m", [ValueError()]).__traceback__)

print("-- split and subgroup")
inner = ExceptionGroup("inner", [ValueError(2), TypeError(3)])
eg = ExceptionGroup("outer", [ValueError(1), inner, KeyError(4)])
match, rest = eg.split(ValueError)
shape(match)
shape(rest)
match, rest = eg.split((KeyError, TypeError))
shape(match)
shape(rest)
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(ExceptionGroup)[0] is eg)
print(eg.split(OSError)[0], repr(eg.split(OSError)[1]))
print(eg.split(OSError)[1] is eg)
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: e is inner).exceptions[0] is inner)
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)
print(eg.split(lambda e: 1 if isinstance(e, KeyError) else 0))
for bad in (int, 3, (ValueError, 3), len, ((ValueError,),), [ValueError]):
    attempt("split " + repr(bad), lambda: eg.split(bad))
attempt("split()", lambda: eg.split())
attempt("subgroup(int)", lambda: eg.subgroup(int))


def boom(e):
    raise RuntimeError("predicate failed")


attempt("raising predicate", lambda: eg.split(boom))

print("-- metadata carried by split")
try:
    raise eg
except ExceptionGroup as caught:
    caught.__cause__ = KeyError("cause")
    caught.__context__ = KeyError("context")
    caught.add_note("first note")
    for part in caught.split(ValueError):
        print(repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
        print(part.__notes__, part.__notes__ is caught.__notes__)
        print(part.__traceback__ is not None)
    derived = caught.derive([TypeError()])
    print(repr(derived), hasattr(derived, "__notes__"), derived.__cause__, derived.__traceback__)

print("-- derive and subclasses")
attempt("derive empty", lambda: eg.derive([]))
attempt("derive base", lambda: eg.derive([KeyboardInterrupt()]))
attempt("derive from BEG", lambda: BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()]))


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
print(repr(p), [type(x).__name__ for x in p.split(ValueError)])


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("coded", [ValueError(1), TypeError(2)], 42)
print(repr(c), c.code, c.args)
a, b = c.split(ValueError)
print(repr(a), a.code, repr(b), b.code)


class WithInit(ExceptionGroup):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "yes"


print(repr(WithInit("w", [ValueError()])), WithInit("w", [ValueError()]).extra)


class AnyBase(BaseExceptionGroup):
    pass


print(type(AnyBase("m", [ValueError()])).__name__)


class Mixed(BaseExceptionGroup, Exception):
    pass


attempt("Mixed base", lambda: Mixed("m", [KeyboardInterrupt()]))
attempt("Plain base", lambda: Plain("m", [KeyboardInterrupt()]))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


attempt("bad derive", lambda: BadDerive("w", [ValueError(), TypeError()]).split(ValueError))


class Printed(ExceptionGroup):
    def __str__(self):
        return "custom str"


print(str(Printed("x", [ValueError()])))

print("-- notes")
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
attempt("bad note", lambda: e.add_note(3))

print("-- depth")
deep = ValueError(0)
for _ in range(3000):
    deep = ExceptionGroup("x", [deep])
attempt("deep split", lambda: deep.split(ValueError))
attempt("deep subgroup", lambda: deep.subgroup(lambda e: False))
