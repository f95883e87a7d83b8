# ast.parse: syntax errors as CPython reports them, and what only the compiler refuses.
import ast

CASES = [
    "x = = 1", "def f(:\n    pass", "1 = x", "f() = 1", "x +", "if x\n    pass",
    "  x = 1", "for x in y:\npass", "a b", "print 'hello'", "del f()", "x = (1, 2",
    "f(**a, *b)", "def f(a=1, b): pass", "import", "None = 1", "f(x for x in y, z)",
    "a := 1", "with a as 1: pass", "x = [1, 2",
    "class C:\nx = 1", "if True:\n    x = 1\n  y = 2", "lambda x: yield", "(a, b) += 1",
    "def f():\n\treturn 1\n        return 2",
]
for src in CASES:
    try:
        ast.parse(src, filename="snippet.py")
        print(repr(src), "parsed")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset,
              repr(e.text))

# Accepted by the parser; only compiling them fails.
for src in ["return 1", "break", "continue", "yield x", "await x", "nonlocal x",
            "def f():\n    global x\n    x = 1\n    global x", "async def f():\n    yield from g()",
            "x = [await y for y in z]", "def f(a, a): pass", "class C: return"]:
    tree = ast.parse(src)
    print(repr(src), "->", ast.dump(tree)[:70])
    try:
        compile(tree, "<tree>", "exec")
        print("  compiles")
    except SyntaxError as e:
        print("  SyntaxError:", e.msg)

print(ast.dump(ast.parse(b"x = 'bytes source'")))
print(ast.dump(ast.parse("x", "<name>", "eval")))
for mode in ["bogus", "Exec"]:
    try:
        ast.parse("x", mode=mode)
    except ValueError as e:
        print("ValueError:", e)
try:
    ast.parse(42)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.parse("x = 1", mode="eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("() -> None", mode="func_type")))
print(ast.dump(ast.parse("(int) -> List[int]", mode="func_type")))
print(ast.dump(ast.parse("x = 1", type_comments=True, feature_version=(3, 8))))

# Trees nested deeper than three times the recursion limit (less what is running) are
# refused as CPython refuses them; the parser's own limit on brackets comes first.
for src in ["-" * 2991 + "1", "-" * 2992 + "1", "(" * 150 + "x" + ")" * 150, "[" * 300 + "]" * 300,
            "x" + ".y" * 5000, "a" + " + a" * 5000]:
    try:
        tree = ast.parse(src)
        print(len(src), "parsed", sum(1 for _ in ast.walk(tree)))
    except (SyntaxError, RecursionError) as e:
        print(len(src), type(e).__name__, e.args[0])

# mode='single' takes one statement: a compound one, or simple ones on one line.
for src in ["x=1\ny=2", "x=1; y=2", "if x:\n  y\nz", "x=1\n\n", "", "\n\n", "# c\n",
            "def f():\n  pass\n\n\nx", "x = 1  # c\ny", "x=1;\n", "x=1; y=2\n\n\n",
            "async def f(): pass\nx", "@d\ndef f(): pass\n", "x = (1,\n 2)\n", "x = (1,\n 2); y\nz",
            "x=1;  \ny", "x +\n", "if x:\n  y\nz\n"]:
    try:
        print(repr(src), ast.dump(ast.parse(src, mode="single")))
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg, e.lineno, e.offset, repr(e.text))
