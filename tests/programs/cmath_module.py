# cmath: constants, every function over a grid of ordinary and special points, errors.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.imag, cmath.nanj.real)

inf = float("inf")
nan = float("nan")
parts = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -7.25, 1e-20, 1e200, -1e200, 1e-310,
         1e308, inf, -inf, nan]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar",
         "isfinite", "isinf", "isnan"]
for name in names:
    f = getattr(cmath, name)
    for x in parts:
        row = []
        for y in parts:
            try:
                row.append(repr(f(complex(x, y))))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(name, repr(x), " ".join(row))

# ordinary values near the unit circle and along the branch cuts
for z in [0.6 + 0.8j, 0.71 + 0j, 1.73j, -2 + 0j, complex(-2, -0.0), 3j, complex(-0.0, 3),
          -3j, 0.999999 + 1e-9j, 1 + 2j, -1.5 - 2.5j, 10, -10, 0.25]:
    print(repr(z), [repr(getattr(cmath, n)(z)) for n in names[:16]])


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


show("log(8, 2)", lambda: cmath.log(8, 2))
show("log(1j, 1+1j)", lambda: cmath.log(1j, 1 + 1j))
show("log(-100, 10)", lambda: cmath.log(-100, 10))
show("log(1, 0)", lambda: cmath.log(1, 0))
show("log(1, 1)", lambda: cmath.log(1, 1))
show("log(0)", lambda: cmath.log(0))
show("log10(-100)", lambda: cmath.log10(-100))
show("atanh(1)", lambda: cmath.atanh(1))
show("atanh(-1)", lambda: cmath.atanh(-1))
show("atan(1j)", lambda: cmath.atan(1j))
show("exp(1000)", lambda: cmath.exp(1000))
show("exp(710)", lambda: cmath.exp(710))
show("exp(709+1j)", lambda: cmath.exp(709 + 1j))
show("cosh(1000)", lambda: cmath.cosh(1000))
show("sinh(1000)", lambda: cmath.sinh(1000))
show("tanh(1000)", lambda: cmath.tanh(1000))
show("sqrt('a')", lambda: cmath.sqrt("a"))
show("sqrt([])", lambda: cmath.sqrt([]))
show("phase('x')", lambda: cmath.phase("x"))
show("phase(1e200+1e-310j)", lambda: cmath.phase(1e200 + 1e-310j))
show("phase(-1)", lambda: cmath.phase(-1))
show("phase(complex(-1, -0.0))", lambda: cmath.phase(complex(-1, -0.0)))
show("polar(1+1j)", lambda: cmath.polar(1 + 1j))
show("polar(-2)", lambda: cmath.polar(-2))
show("rect(2, 1)", lambda: cmath.rect(2, 1))
show("rect(1, 0)", lambda: cmath.rect(1, 0))
show("rect(-1, 0)", lambda: cmath.rect(-1, 0))
show("rect(3, cmath.pi)", lambda: cmath.rect(3, cmath.pi))
show("rect(1, 1j)", lambda: cmath.rect(1, 1j))
show("rect('1', 1)", lambda: cmath.rect("1", 1))
show("isclose(1, 1+1e-10j)", lambda: cmath.isclose(1, 1 + 1e-10j))
show("isclose(1, 1.1)", lambda: cmath.isclose(1, 1.1))
show("isclose(1, 1.1, rel_tol=0.2)", lambda: cmath.isclose(1, 1.1, rel_tol=0.2))
show("isclose(1j, 2j, abs_tol=1)", lambda: cmath.isclose(1j, 2j, abs_tol=1))
show("isclose(inf, inf)", lambda: cmath.isclose(complex(inf, 0), complex(inf, 0)))
show("isclose(nan, nan)", lambda: cmath.isclose(nan, nan))
show("isclose(1, 2, rel_tol=-1)", lambda: cmath.isclose(1, 2, rel_tol=-1))
show("isclose(1)", lambda: cmath.isclose(1))
show("isfinite(1e308j)", lambda: cmath.isfinite(1e308j))
show("isinf(cmath.infj)", lambda: cmath.isinf(cmath.infj))
show("isnan(cmath.nanj)", lambda: cmath.isnan(cmath.nanj))


class C:
    def __complex__(self):
        return 2 + 0j


class F:
    def __float__(self):
        return 4.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(True), cmath.sqrt(10**20))
