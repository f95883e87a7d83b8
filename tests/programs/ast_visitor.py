# NodeVisitor, NodeTransformer, walk, iter_fields and iter_child_nodes.
import ast

SOURCE = '''
import os
def area(r, scale=2):
    """Area of a circle."""
    total = 3.14159 * r * r * scale
    return total
class Shape:
    def describe(self):
        return f"shape {self.name!r}"
values = [area(x) for x in range(3) if x]
print(values, area(4))
'''

tree = ast.parse(SOURCE)


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
        self.functions = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.functions.append((node.name, node.lineno, [a.arg for a in node.args.args]))
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print(c.names)
print(c.calls, c.functions)


class Returns(ast.NodeVisitor):
    def visit_Constant(self, node):
        return "constant %r" % (node.value,)


print(Returns().visit(ast.parse("1", mode="eval").body))
print(Returns().visit(tree))

# walk is breadth first
print([type(n).__name__ for n in ast.walk(ast.parse("a = b + f(c)"))])
node = ast.parse("x = y + 1").body[0]
print([(name, type(v).__name__) for name, v in ast.iter_fields(node)])
print([type(n).__name__ for n in ast.iter_child_nodes(node)])
print([type(n).__name__ for n in ast.iter_child_nodes(node.value)])


class Doubler(ast.NodeTransformer):
    """Numbers double, names get a prefix, `pass` disappears, `del` becomes two lines."""

    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Name(self, node):
        return ast.copy_location(ast.Name("my_" + node.id, node.ctx), node)

    def visit_Pass(self, node):
        return None

    def visit_Delete(self, node):
        return [ast.Expr(ast.Constant("deleted")), ast.Expr(ast.Constant(len(node.targets)))]


t = ast.parse("a = 1 + b\nif a:\n    pass\n    c = [2, 3]\ndel a, b\n")
t = ast.fix_missing_locations(Doubler().visit(t))
print(ast.unparse(t))
print(ast.dump(t.body[1]))


class DropValue(ast.NodeTransformer):
    def visit_Constant(self, node):
        return None


r = ast.parse("return 5").body[0]
DropValue().visit(r)
print(hasattr(r, "value"), ast.dump(r))

# A transformed tree compiles and runs.
prog = ast.parse("def f(n):\n    return n * 10\nresult = f(4) - 1\n")


class MulToPow(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            node.op = ast.Pow()
        return node


prog = ast.fix_missing_locations(MulToPow().visit(prog))
ns = {}
exec(compile(prog, "<prog>", "exec"), ns)
print(ns["result"])
print(ast.unparse(prog))


class Legacy(ast.NodeVisitor):
    def visit_Num(self, node):
        print("visit_Num", node.value)


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Legacy().visit(ast.parse("7"))
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
