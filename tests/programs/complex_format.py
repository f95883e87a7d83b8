# format() and f-strings with complex numbers.


def show(value, spec):
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), "!!", type(e).__name__, e)


values = [1 + 2j, 1j, -1.5 - 0.25j, 1234.5 + 2j, 1e20 + 2j, complex(-0.0, 0.0), 0j,
          complex(float("nan"), float("inf")), 3 + 0j]
specs = ["", "g", "f", "e", ".2f", ".3e", ".3g", ">20", "<20", "^20", "*^20g", "+", "+.2f",
         " .1f", "10", ".3", ",.2f", "E", "G", "F", "#g", "05", "=10", "d", "%", "x", "20.3f"]
for v in values:
    for s in specs:
        show(v, s)
print(f"{1 + 2j}", f"{1 + 2j!r}", f"{1.5j:.1f}", f"{2 - 3j:>12}")
