# ast.dump options: indent (int, str, 0, negative), annotate_fields, include_attributes.
import ast

tree = ast.parse("def f(a, *, b=1):\n    return [a, b]\nx = f(1) if y else {'k': ...}\n")
print(ast.dump(tree))
print(ast.dump(tree, indent=2))
print(ast.dump(tree, indent="\t"))
print(ast.dump(tree.body[1], indent=0))
print(ast.dump(tree.body[1], indent=-3))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree.body[0].body[0], include_attributes=True))
print(ast.dump(tree.body[0].body[0], include_attributes=True, indent=1))
print(ast.dump(tree.body[1].value, annotate_fields=False, include_attributes=True))
print(ast.dump(ast.parse("'x'", mode="eval"), indent=4))
print(ast.dump(ast.parse("x = 1", mode="single"), indent=4))
print(ast.dump(ast.parse("u'x'").body[0].value))
print(ast.dump(ast.parse("f'{x!r:>{w}}'").body[0], indent=2))
print(ast.dump(ast.parse("match p:\n case [1, *r] | {'k': v}: pass"), indent=1))

# Hand-built nodes: missing fields are left out, None in optional fields too.
print(ast.dump(ast.Name()))
print(ast.dump(ast.Name("x")))
print(ast.dump(ast.Name(ctx=ast.Load())))
print(ast.dump(ast.Name(ctx=ast.Load()), annotate_fields=False))
print(ast.dump(ast.Constant(1, None)))
print(ast.dump(ast.Constant(None)))
print(ast.dump(ast.Return(None)))
print(ast.dump(ast.arg("a", None, None, lineno=3), include_attributes=True))
print(ast.dump(ast.Module([], [])))
print(ast.dump(ast.Module([ast.Pass()], [])))
print(ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)), indent=2))
print(ast.dump(ast.Constant((1, 2)), indent=2))
print(ast.dump(ast.List([ast.Constant("a")], ast.Store()), indent=2))
for bad in [1, "x", [ast.Pass()], None]:
    try:
        ast.dump(bad)
    except TypeError as e:
        print("TypeError:", e)

# The command line (python -m ast) over a file.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "prog.py")
    with open(path, "w") as f:
        f.write("x = 1\n")
    for argv in [[path], ["-i", "1", "-a", path], ["--mode", "eval", "-i", "0", path]]:
        sys.argv = ["ast"] + argv
        try:
            ast.main()
        except SyntaxError as e:
            print("SyntaxError:", e.msg)
