# ast.literal_eval: the literals it accepts and CPython's errors for the rest.
import ast

GOOD = [
    "1", "-1", "+1", "1.5", "-2.5e3", "1j", "-1j", "1+2j", "1-2j", "-1+2j", "1.5-0.5j",
    "'text'", '"double"', "'con' 'cat'", "b'bytes'", "True", "False", "None", "...",
    "()", "(1,)", "(1, 2)", "[]", "[1, [2, [3]]]", "{}", "{'a': 1, 'b': [2, 3]}",
    "{1, 2, 3}", "set()", "{(1, 2): {'x': None}}", "  42", "\t[1]", "0x10", "1_000",
    "-0.0", "u'x'", "r'\\d'", "(1, 'a', b'b', 2.5, None, True)",
    "123456789012345678901234567890", "-(1)", "--1"[1:],
]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), "->", repr(v), type(v).__name__)

BAD = [
    "x", "1 + 1", "2 * 3", "f()", "set([1])", "{**a}", "[x for x in y]", "a.b", "a[0]",
    "1 + 'a'", "'a' + 'b'", "-'a'", "not True", "(1, x)", "{'a': b}", "1 + 2j + 3",
    "lambda: 0", "2j + 1", "+ (1+2j)", "~1", "f'{x}'", "set(a)", "b'a' + b'b'",
    "1 < 2", "x = 1", "1; 2", "(",
]
for src in BAD:
    try:
        v = ast.literal_eval(src)
        print(repr(src), "-> unexpectedly", repr(v))
    except ValueError as e:
        # The message ends with the node's repr, whose address differs between runs.
        print(repr(src), "ValueError:", str(e).split(" object at ")[0])
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno, e.offset)

# Nodes as well as strings.
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.parse("{'k': (1, 2)}", mode="eval").body))
print(ast.literal_eval(ast.Constant(3)))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2))], ast.Load())))
for bad in [5, None, ast.Name("x", ast.Load()), ast.Dict([ast.Constant(1)], [])]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" object at ")[0])
try:
    ast.literal_eval("x\n")
except ValueError as e:
    print("ValueError:", str(e).split(" object at ")[0])
try:
    ast.literal_eval("[1,\n y]")
except ValueError as e:
    print("ValueError:", str(e).split(" object at ")[0])
try:
    ast.literal_eval("{[1]: 2}")
except TypeError as e:
    print("TypeError:", e)
try:
    ast.literal_eval("{{1}}")
except TypeError as e:
    print("TypeError:", e)
