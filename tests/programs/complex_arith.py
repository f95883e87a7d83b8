# complex arithmetic with int, float and complex on both sides.


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


values = [0j, 1j, 1 + 2j, -3.5 + 0.25j, 2, -1, 0, 1.5, -0.0, 1e308j, complex(0.0, -0.0)]
for a in values:
    for b in values:
        if not isinstance(a, complex) and not isinstance(b, complex):
            continue
        row = []
        for op in ["+", "-", "*", "/"]:
            try:
                row.append(repr(eval("a %s b" % op)))
            except Exception as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(repr(a), repr(b), row)

z = 3 + 4j
print(-z, +z, abs(z), abs(-2j), abs(complex(float("inf"), float("nan"))), z.conjugate())
show("abs(1e308+1e308j)", lambda: abs(1e308 + 1e308j))
show("abs(complex(1.7e308, 1.7e308))", lambda: abs(complex(1.7e308, 1.7e308)))
show("1/0j", lambda: 1 / 0j)
show("1j/0", lambda: 1j / 0)
show("1j/0.0", lambda: 1j / 0.0)
show("0j/0j", lambda: 0j / 0j)
show("1j % 2", lambda: 1j % 2)
show("1j // 2", lambda: 1j // 2)
show("divmod(1j, 2)", lambda: divmod(1j, 2))
show("1j + 'a'", lambda: 1j + "a")
show("'a' * 1j", lambda: "a" * 1j)
show("[1] * 1j", lambda: [1] * 1j)
show("1j + None", lambda: 1j + None)
show("1j & 1", lambda: 1j & 1)
show("~1j", lambda: ~1j)
show("round(1j)", lambda: round(1j))
show("1j + 10**400", lambda: 1j + 10**400)

# powers
for e in ["(-0j)**2", "0j**2", "complex(-0.0,0.0)**3", "complex(-0.0,-0.0)**1", "0j**0",
          "0j**0.5", "complex(-0.0,0)**2.5", "0j**(1+0j)", "0j**100", "0j**101",
          "(1e-200j)**-2", "(1e-200+0j)**-2", "(1e200j)**2", "(2+0j)**-1", "0j**-0.5",
          "0j**-2", "0j**-1", "0j**1j", "(1+1j)**0.5", "(1+1j)**(1+1j)", "(-1)**0.5",
          "(-8)**(1/3)", "(-2.0)**1.5", "2**(1j)", "1j**1j", "(1+2j)**101", "(1+2j)**-3",
          "(1.5+2j)**100.0", "complex(1,2)**200", "0j**0j", "(1e300+1e300j)**2",
          "complex(float('inf'),0)**2", "complex(float('nan'),0)**0", "(1+1j)**True",
          "pow(2j, 3)", "pow(2, 1j, 3)", "pow(1.5, 2, 3)", "pow(1j, 2, None)", "(3+4j)**-1.0", "(1+2j)**1e10", "pow(1j, 2, 3)", "2.5**(1+1j)",
          "1j**2", "1j**3", "1j**-1", "(1+1j)**-100", "(1+1j)**100.5"]:
    show(e, lambda: eval(e))

# augmented assignment and mixed types
w = 1j
w += 1
w *= 2
w -= 0.5j
w /= 2
w **= 2
print(w)
print(sum([1j, 2, 3.5, 4 - 1j]), sum([0.5j] * 4, 1j))
print(True + 1j, 1j * False, (1 + 1j) * 10**15)
