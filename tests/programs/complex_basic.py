# complex: literals, construction, attributes, repr/str, hashing, equality.

def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(1j, 2.5j, 1e3j, 1 + 2j, -3j, 1.5 + 0j, 0j, -0j, 3 - 4j, 1e20j, 1j * 1e-20)
print(type(1j).__name__, repr(type(1j)), type(1j) is complex, isinstance(2j, complex))
print(complex.__name__, complex.__qualname__, complex.__module__)
z = 1 + 2j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__)
print(str(z), repr(z), f"{z}", [z, -z], (z,), {"k": z})

# repr of special and signed-zero components
nan = float("nan")
inf = float("inf")
for re in [0.0, -0.0, 1.0, -1.5, inf, -inf, nan, 1e16, 1e-5, 123456789.0, 0.1]:
    print([repr(complex(re, im)) for im in [0.0, -0.0, 1.0, -2.5, inf, -inf, nan, 1e22]])

# construction
show("complex()", lambda: complex())
show("complex(1)", lambda: complex(1))
show("complex(1, 2)", lambda: complex(1, 2))
show("complex(1.5, -2)", lambda: complex(1.5, -2))
show("complex(real=3)", lambda: complex(real=3))
show("complex(imag=3)", lambda: complex(imag=3))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
show("complex(1j, 1j)", lambda: complex(1j, 1j))
show("complex(1j, 2)", lambda: complex(1j, 2))
show("complex(2, 1j)", lambda: complex(2, 1j))
show("complex(-0.0, -0.0)", lambda: complex(-0.0, -0.0))
show("complex(0.0, -0.0)", lambda: complex(0.0, -0.0))
show("complex(True, False)", lambda: complex(True, False))
show("complex(10**20)", lambda: complex(10**20))
show("complex(10**400)", lambda: complex(10**400))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))
show("complex(x=1)", lambda: complex(x=1))
show("complex([])", lambda: complex([]))
show("complex(1, [])", lambda: complex(1, []))
show("complex(None)", lambda: complex(None))
show("complex('1', 2)", lambda: complex("1", 2))
show("complex(1, '2')", lambda: complex(1, "2"))
for text in ["1+2j", "  (1+2j)  ", "( -1.5e2-J )", "j", "-j", "+j", "1+j", "1-j", "3", "-4.5",
             "1e3j", "1e-3-1e+3j", "infj", "-inf+nanj", "nan", "1_000+2_0j", "2J", "(3)",
             "", " ", "()", "1+", "1+2", "j1", "1 + 2j", "1+2jj", "((1+2j))", "1e+j", "++1j",
             "1+-2j", "x", "1+2i", "(1+2j", "1e", "."]:
    show("complex(%r)" % text, lambda: complex(text))


class WithComplex:
    def __complex__(self):
        return 4 + 5j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 1.5


show("complex(WithComplex())", lambda: complex(WithComplex()))
show("complex(WithFloat())", lambda: complex(WithFloat()))
show("complex(WithIndex())", lambda: complex(WithIndex()))
show("complex(WithFloat(), WithIndex())", lambda: complex(WithFloat(), WithIndex()))
show("complex(BadComplex())", lambda: complex(BadComplex()))
show("int(1j)", lambda: int(1j))
show("float(1j)", lambda: float(1j))

# hashing and equality
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(0j) == hash(0))
print(hash(1 + 2j), hash(-1j), hash(3 - 4j), hash(complex(-1, 0)), hash(1e300j))
print({1: "a", 1 + 0j: "b", 2j: "c"}, len({1, 1.0, 1 + 0j}))
print(1j == 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1j != 2, 2 == 2 + 0j, 1j == "1j", 1j == None)
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(nan, 0) == complex(nan, 0))
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, nan)), not 0j)
for op in ["<", "<=", ">", ">="]:
    show("1j %s 2j" % op, lambda: eval("1j %s 2j" % op))
show("1j < 1", lambda: 1j < 1)
show("1 > 1j", lambda: 1 > 1j)
show("z.real = 3", lambda: setattr(z, "real", 3))
show("sorted", lambda: sorted([1j, 2j]))
