# compile() with ast.PyCF_ONLY_AST, and compile() of trees (line numbers kept).
import ast
import sys
import traceback

t = compile("x = 1 + 2", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)
print(ast.dump(compile("a + 1", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(compile("a = 1", "<s>", "single", flags=ast.PyCF_ONLY_AST)))
try:
    compile("x = = 1", "<bad>", "exec", ast.PyCF_ONLY_AST)
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno, e.offset)

ns = {}
exec(compile(t, "<s>", "exec"), ns)
print(ns["x"])
print(eval(compile(ast.parse("3 * 4", mode="eval"), "<e>", "eval")))
print(eval(compile(ast.parse("[1,\n 2]", mode="eval"), "<e>", "eval")))

src = '''import traceback


def f(x):
    """Doc
    string."""

    y = x * 2

    if y > 10:
        pass
    elif y > 4:
        raise ValueError(y)
    return y
@staticmethod

# comment
def g(): pass
def at(fn):
    try:
        fn()
    except ZeroDivisionError:
        return [l.split(", ")[1] for l in traceback.format_exc().splitlines() if "<tree>" in l][-1]
here = at(lambda: 1 // 0); there = [at(lambda: 1 // 0), 0]
if here: again = at(lambda: 1 // 0)
for i in range(1): loop = at(lambda: 1 // 0); twice = at(lambda: 1 // 0)
class K: inside = at(lambda: 1 // 0)
'''
ns = {}
exec(compile(ast.parse(src), "<tree>", "exec"), ns)
print(ns["here"], ns["there"], ns["again"], ns["loop"], ns["twice"], ns["K"].inside)
try:
    ns["f"](3)
except ValueError:
    print([l.strip() for l in traceback.format_exc().splitlines() if "<tree>" in l])


# Transformed trees run; inserted nodes take the positions they were given.
t = ast.parse("a = 1\nb = 2\nc = a + b\nprint(c)")
t.body.insert(1, ast.copy_location(ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("inserted")], [])), t.body[0]))
t.body[3].value.op = ast.Mult()
exec(compile(ast.fix_missing_locations(t), "<t>", "exec"))

for tree, mode in [(ast.parse("x", mode="eval"), "exec"), (ast.parse("x"), "eval")]:
    try:
        compile(tree, "<m>", mode)
    except TypeError as e:
        print("TypeError:", e)
# Errors the compiler (not the parser) reports, from a tree.
try:
    compile(ast.parse("def f():\n    pass\nreturn 5"), "<r>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
