# Node classes (constructors, fields, hierarchy) and the location and docstring helpers.
import ast
import copy

n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, ast.Name._fields, ast.Name._attributes)
n = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2), lineno=4)
print(n.lineno, n.left.value, n.left.kind, ast.dump(n))
n = ast.Name(id="y", extra=5)
print(n.id, n.extra)
for cls, args in [(ast.Name, (1, 2, 3)), (ast.Pass, (1,)), (ast.Constant, (1, 2, 3)),
                  (ast.alias, ("a", "b", "c"))]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Module().body
except AttributeError as e:
    print("AttributeError:", e)
try:
    ast.Constant(1).lineno
except AttributeError as e:
    print("AttributeError:", e)
print(ast.Constant(1).kind, ast.Constant(1).end_lineno, ast.arg("a").annotation,
      ast.FunctionDef.returns, ast.ImportFrom("m").level)

for name in ["Module", "Expression", "Interactive", "FunctionType", "FunctionDef", "If",
             "TryStar", "Match", "BinOp", "Constant", "JoinedStr", "Load", "Add", "And",
             "Not", "Eq", "comprehension", "arguments", "arg", "keyword", "alias",
             "withitem", "match_case", "MatchAs", "MatchOr", "ExceptHandler", "TypeIgnore"]:
    cls = getattr(ast, name)
    print(name, [b.__name__ for b in cls.__mro__[1:]], cls._fields, cls._attributes)
print(ast.FunctionDef.__doc__)
print(ast.Constant.__doc__)
print(ast.Name.__module__, issubclass(ast.Name, ast.AST), isinstance(ast.Add(), ast.operator))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

# Deprecated aliases build Constants.
print(ast.dump(ast.Num(5)), ast.dump(ast.Str("s")), ast.dump(ast.Bytes(b"b")),
      ast.dump(ast.NameConstant(True)))
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("a"), ast.Num),
      isinstance(ast.Constant("a"), ast.Str), isinstance(ast.Constant(True), ast.Num),
      isinstance(ast.Constant(None), ast.NameConstant))

# The same operator and context objects are shared across a tree.
t = ast.parse("a + b + c")
print(t.body[0].value.op is t.body[0].value.left.op, t.body[0].value.left.left.ctx is t.body[0].value.right.ctx)

# Docstrings.
src = '''"""Module doc.

    indented line
"""
def f():
    """  Function doc.
        more
    """
    pass
class C:
    x = 1
async def g():
    b"not a docstring"
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree, clean=False)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[2])), repr(ast.get_docstring(tree.body[3])))
try:
    ast.get_docstring(tree.body[2].body[0])
except TypeError as e:
    print("TypeError:", e)

# Source segments (columns are UTF-8 byte offsets).
src = "x = 'héllo' + y\nif (a and\n    b):\n    z = [1,\n         2]\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, tree.body[1].body[0].value, padded=True)))
print(ast.get_source_segment(src, ast.Name("q")))

# increment_lineno, copy_location, fix_missing_locations.
tree = ast.parse("a = 1\nb = 2")
ast.increment_lineno(tree, 10)
print([(s.lineno, s.end_lineno, s.value.lineno) for s in tree.body])
new = ast.copy_location(ast.Pass(), tree.body[1])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
partial = ast.Name("x", ast.Load(), lineno=5, end_lineno=None)
print(sorted((k, v) for k, v in ast.copy_location(ast.Name("y", ast.Load()), partial).__dict__.items() if k != "ctx"))
m = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("q", ast.Load(), lineno=7, col_offset=3)))], [])
ast.fix_missing_locations(m)
e = m.body[0]
print(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset)
print([(x.lineno, x.col_offset) for x in (e.value.left, e.value.right)])
print(ast.dump(m, include_attributes=True))

# Trees copy.
t = ast.parse("x = [1, 2]")
c = copy.deepcopy(t)
c.body[0].value.elts.append(ast.Constant(3))
print(ast.unparse(t), "|", ast.unparse(c))

# unparse of hand-built and partial trees.
print(ast.unparse(ast.BinOp(ast.BinOp(ast.Name("a"), ast.Add(), ast.Name("b")), ast.Mult(), ast.Constant(2))))
print(ast.unparse(ast.Constant((1, "a", None))))
print(ast.unparse(ast.Constant(float("inf"))), ast.unparse(ast.Constant(complex(0, float("inf")))))
print(ast.unparse(ast.Tuple([ast.Name("a")], ast.Load())))
print(ast.unparse(ast.arguments(posonlyargs=[ast.arg("a")], args=[ast.arg("b")], vararg=None,
                                kwonlyargs=[ast.arg("c")], kw_defaults=[ast.Constant(1)],
                                kwarg=ast.arg("k"), defaults=[ast.Constant(0)])))
print(ast.unparse(ast.parse("x = 1\nif x:\n    y = 2").body))
print(ast.unparse(ast.parse("a if b else c", mode="eval")))
print(ast.unparse(ast.parse("(int, str) -> bool", mode="func_type")))
for bad in [ast.Raise(exc=None, cause=ast.Name("x")),
            ast.JoinedStr([ast.FormattedValue(ast.Constant("\\n"), -1, None)]),
            ast.JoinedStr([ast.FormattedValue(ast.Name("x"), ord("z"), None)])]:
    try:
        print(ast.unparse(bad))
    except ValueError as e:
        print("ValueError:", e)

# Class docs follow the grammar; __match_args__ are the fields.
for n in ["mod", "operator", "Pass", "Load", "type_ignore", "excepthandler", "comprehension",
          "pattern", "boolop", "stmt", "expr_context", "Name"]:
    print(repr(getattr(ast, n).__doc__))
print(ast.Name.__match_args__, ast.AST.__match_args__, ast.Load.__match_args__)
c = ast.Constant(1)
print(c.n, c.s)
c.n = 5
print(c.value, ast.dump(c))
match ast.parse("x + 1").body[0].value:
    case ast.BinOp(ast.Name(name), ast.Add(), ast.Constant(v)):
        print("matched", name, v)

# Source segments split lines at \r\n, \r and \n only (a form feed is no line end).
src = "x = 1\f\ny = (2,\f 3)\r\nz = 'é'\rw = [4,\n  5]"
for node in ast.walk(ast.parse(src)):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, repr(ast.get_source_segment(src, node)),
              repr(ast.get_source_segment(src, node, padded=True)))
