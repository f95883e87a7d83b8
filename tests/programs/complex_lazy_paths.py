# Each way a program can first meet complex numbers; this file itself names no complex
# and holds no imaginary constant, so the class is installed on the way.
print((-8) ** (1 / 3))
print(eval("2" + "j * 3"))
ns = {}
exec("z = 1 + 2" + "j", ns)
print(ns["z"], type(ns["z"]).__name__)
code = compile("abs(3 + 4" + "j)", "<s>", "eval")
print(eval(code))
import cmath
print(cmath.sqrt(-1))
print(type(cmath.sqrt(-4)).__name__)
