"""Abstract syntax trees of Python source (tessera's `ast`).

Written from the `ast` module's documentation and CPython 3.11's observed behaviour. The
parser is tessera's own (ruff's, through the Rust `_ast` module, which hands over each node
as a tuple of its class name, fields and positions); this module defines the node classes
from the abstract grammar the documentation lists, builds node objects from those tuples,
and provides the helpers: dump, literal_eval, walk, the visitors, location fixers,
get_docstring, get_source_segment and unparse.
"""

import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

# The abstract grammar: "base: Node(type name, ...)" per line; a base of "-" is AST itself.
# `?` marks an optional field (None by default), `*` a list. Bases with positions list
# them after "@".
_GRAMMAR = """
mod @
Module(stmt* body, type_ignore* type_ignores) : mod
Interactive(stmt* body) : mod
Expression(expr body) : mod
FunctionType(expr* argtypes, expr returns) : mod
stmt @ lineno col_offset end_lineno? end_col_offset?
FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) : stmt
AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) : stmt
ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list) : stmt
Return(expr? value) : stmt
Delete(expr* targets) : stmt
Assign(expr* targets, expr value, string? type_comment) : stmt
AugAssign(expr target, operator op, expr value) : stmt
AnnAssign(expr target, expr annotation, expr? value, int simple) : stmt
For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) : stmt
AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) : stmt
While(expr test, stmt* body, stmt* orelse) : stmt
If(expr test, stmt* body, stmt* orelse) : stmt
With(withitem* items, stmt* body, string? type_comment) : stmt
AsyncWith(withitem* items, stmt* body, string? type_comment) : stmt
Match(expr subject, match_case* cases) : stmt
Raise(expr? exc, expr? cause) : stmt
Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) : stmt
TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) : stmt
Assert(expr test, expr? msg) : stmt
Import(alias* names) : stmt
ImportFrom(identifier? module, alias* names, int? level) : stmt
Global(identifier* names) : stmt
Nonlocal(identifier* names) : stmt
Expr(expr value) : stmt
Pass() : stmt
Break() : stmt
Continue() : stmt
expr @ lineno col_offset end_lineno? end_col_offset?
BoolOp(boolop op, expr* values) : expr
NamedExpr(expr target, expr value) : expr
BinOp(expr left, operator op, expr right) : expr
UnaryOp(unaryop op, expr operand) : expr
Lambda(arguments args, expr body) : expr
IfExp(expr test, expr body, expr orelse) : expr
Dict(expr* keys, expr* values) : expr
Set(expr* elts) : expr
ListComp(expr elt, comprehension* generators) : expr
SetComp(expr elt, comprehension* generators) : expr
DictComp(expr key, expr value, comprehension* generators) : expr
GeneratorExp(expr elt, comprehension* generators) : expr
Await(expr value) : expr
Yield(expr? value) : expr
YieldFrom(expr value) : expr
Compare(expr left, cmpop* ops, expr* comparators) : expr
Call(expr func, expr* args, keyword* keywords) : expr
FormattedValue(expr value, int conversion, expr? format_spec) : expr
JoinedStr(expr* values) : expr
Constant(constant value, string? kind) : expr
Attribute(expr value, identifier attr, expr_context ctx) : expr
Subscript(expr value, expr slice, expr_context ctx) : expr
Starred(expr value, expr_context ctx) : expr
Name(identifier id, expr_context ctx) : expr
List(expr* elts, expr_context ctx) : expr
Tuple(expr* elts, expr_context ctx) : expr
Slice(expr? lower, expr? upper, expr? step) : expr
expr_context @
Load() : expr_context
Store() : expr_context
Del() : expr_context
boolop @
And() : boolop
Or() : boolop
operator @
Add() : operator
Sub() : operator
Mult() : operator
MatMult() : operator
Div() : operator
Mod() : operator
Pow() : operator
LShift() : operator
RShift() : operator
BitOr() : operator
BitXor() : operator
BitAnd() : operator
FloorDiv() : operator
unaryop @
Invert() : unaryop
Not() : unaryop
UAdd() : unaryop
USub() : unaryop
cmpop @
Eq() : cmpop
NotEq() : cmpop
Lt() : cmpop
LtE() : cmpop
Gt() : cmpop
GtE() : cmpop
Is() : cmpop
IsNot() : cmpop
In() : cmpop
NotIn() : cmpop
comprehension(expr target, expr iter, expr* ifs, int is_async) : -
excepthandler @ lineno col_offset end_lineno? end_col_offset?
ExceptHandler(expr? type, identifier? name, stmt* body) : excepthandler
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults) : -
arg(identifier arg, expr? annotation, string? type_comment) : - @ lineno col_offset end_lineno? end_col_offset?
keyword(identifier? arg, expr value) : - @ lineno col_offset end_lineno? end_col_offset?
alias(identifier name, identifier? asname) : - @ lineno col_offset end_lineno? end_col_offset?
withitem(expr context_expr, expr? optional_vars) : -
match_case(pattern pattern, expr? guard, stmt* body) : -
pattern @ lineno col_offset end_lineno end_col_offset
MatchValue(expr value) : pattern
MatchSingleton(constant value) : pattern
MatchSequence(pattern* patterns) : pattern
MatchMapping(expr* keys, pattern* patterns, identifier? rest) : pattern
MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) : pattern
MatchStar(identifier? name) : pattern
MatchAs(pattern? pattern, identifier? name) : pattern
MatchOr(pattern* patterns) : pattern
type_ignore @
TypeIgnore(int lineno, string tag) : type_ignore
"""


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(
                f"{type(self).__name__} constructor takes at most "
                f"{n} positional argument{'' if n == 1 else 's'}"
            )
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _declare():
    made = {"AST": AST}
    space = globals()

    def new_class(name, base, fields, attributes, doc):
        ns = {"__module__": "ast", "__doc__": doc, "_fields": tuple(f for f, _ in fields)}
        if attributes is not None:
            ns["_attributes"] = tuple(a.rstrip("?") for a in attributes)
            for a in attributes:
                if a.endswith("?"):
                    ns[a[:-1]] = None
        for f, kind in fields:
            if kind.endswith("?"):
                ns[f] = None
        cls = type(name, (made[base],), ns)
        made[name] = space[name] = cls

    for line in _GRAMMAR.strip().splitlines():
        attributes = None
        if "@" in line:
            line, _, attrs = line.partition("@")
            attributes = attrs.split()
            line = line.strip()
        if "(" not in line:
            new_class(line, "AST", (), attributes, line)
            continue
        sig, _, base = line.rpartition(" : ")
        base = base.strip()
        name, _, rest = sig.partition("(")
        fields = []
        for part in rest.rstrip(")").split(","):
            if part.strip():
                kind, fname = part.split()
                fields.append((fname, kind))
        if base == "-":
            base = "AST"
        new_class(name, base, fields, attributes, sig)


_declare()
del _declare


# Deprecated constant classes, kept as 3.11 does: instances are Constants.
class _ConstantAlias(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls._kinds is None:
            return inst.value is ...
        value = inst.value
        return isinstance(value, cls._kinds) and not (
            cls._kinds != (bool, type(None)) and isinstance(value, bool)
        )

    def __call__(cls, *args, **kwargs):
        if cls._field != "value" and cls._field in kwargs:
            kwargs["value"] = kwargs.pop(cls._field)
        return Constant(*args, **kwargs)


def _alias(name, kinds, field):
    cls = _ConstantAlias(name, (Constant,), {"__module__": "ast", "_kinds": kinds, "_field": field,
                                              "_fields": (field,)})
    globals()[name] = cls


_alias("Num", (int, float, complex), "n")
_alias("Str", (str,), "s")
_alias("Bytes", (bytes,), "s")
_alias("NameConstant", (bool, type(None)), "value")
_alias("Ellipsis", None, "value")
del _alias


class slice(AST):
    """Deprecated."""


class Index(slice):
    """Deprecated: the index itself is the subscript's slice."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated: a Tuple is the subscript's slice."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated."""


class AugLoad(expr_context):
    """Deprecated."""


class AugStore(expr_context):
    """Deprecated."""


class Param(expr_context):
    """Deprecated."""


# ---- parsing ----

_SHARED = {}


def _build(item):
    """A node object from `_ast`'s tuple form."""
    name = item[0]
    cls = globals()[name]
    fields = cls._fields
    if len(item) == 1:
        # Contexts and operators carry nothing: one instance of each serves every tree.
        node = _SHARED.get(name)
        if node is None:
            node = _SHARED[name] = cls()
        return node
    node = cls.__new__(cls)
    i = 1
    for f in fields:
        value = item[i]
        i += 1
        if type(value) is tuple:
            value = _build(value)
        elif type(value) is list:
            value = [_build(v) if type(v) is tuple else v for v in value]
        setattr(node, f, value)
    if i < len(item):
        node.lineno = item[i]
        node.col_offset = item[i + 1]
        node.end_lineno = item[i + 2]
        node.end_col_offset = item[i + 3]
    return node


def _func_type(source, filename):
    """mode='func_type': '(argtypes) -> returns'."""
    depth = 0
    i = 0
    while i < len(source) - 1:
        c = source[i]
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "-" and source[i + 1] == ">" and depth == 0:
            break
        i += 1
    else:
        raise SyntaxError("invalid syntax", (filename, 1, 1, source, 1, 1))
    left = parse(source[:i], filename, "eval").body
    # Blank out the argument part so the return type keeps its own columns and lines.
    blank = "".join(ch if ch in "\r\n" else " " for ch in source[: i + 2])
    returns = parse("(" + blank[1:] + source[i + 2:] + "\n)", filename, "eval").body
    if not isinstance(left, Tuple) or getattr(left, "end_col_offset", 0) - left.col_offset < 2:
        args = [left]
    else:
        args = left.elts
    return FunctionType(argtypes=args, returns=returns)


def parse(source, filename="<unknown>", mode="exec", *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node (mode 'exec', 'eval', 'single' or 'func_type')."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode("utf-8")
    elif not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if hasattr(filename, "__fspath__"):
        filename = filename.__fspath__()
    if isinstance(filename, bytes):
        filename = filename.decode()
    if mode == "func_type":
        return _func_type(source, filename)
    return _build(_ast.parse(source, filename, mode))


# ---- inspection ----

def iter_fields(node):
    """Yield (name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """Yield the direct child nodes of `node`: node fields and the nodes in list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, AST):
                    yield v


def walk(node):
    """Yield `node` and every node below it, breadth first."""
    from collections import deque
    queue = deque([node])
    while queue:
        current = queue.popleft()
        queue.extend(iter_child_nodes(current))
        yield current


def _shown(node, name):
    """Whether dump shows this field: absent fields and optional ones left None are not."""
    if not hasattr(node, name):
        return False, None
    value = getattr(node, name)
    if value is None and getattr(type(node), name, 0) is None:
        return False, None
    return True, value


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree under `node` as text, for debugging."""
    if not isinstance(node, AST):
        raise TypeError(f"expected AST, got {type(node).__name__!r}")
    if indent is not None and not isinstance(indent, str):
        indent = " " * indent

    def text(value, depth):
        # Returns (text, simple): simple values may share a line with their siblings.
        if isinstance(value, list):
            if not value:
                return "[]", True
            inner = [text(v, depth + 1)[0] for v in value]
            return "[" + joined(inner, depth + 1) + "]", False
        if not isinstance(value, AST):
            return repr(value), True
        parts = []
        all_simple = True
        named = annotate_fields
        for name in value._fields:
            shown, v = _shown(value, name)
            if not shown:
                named = True
                continue
            t, simple = text(v, depth + 1)
            all_simple = all_simple and simple
            parts.append(f"{name}={t}" if named else t)
        if include_attributes:
            for name in value._attributes:
                shown, v = _shown(value, name)
                if shown:
                    t, simple = text(v, depth + 1)
                    all_simple = all_simple and simple
                    parts.append(f"{name}={t}")
        cname = type(value).__name__
        if all_simple and len(parts) <= 3:
            return f"{cname}({', '.join(parts)})", not parts
        return f"{cname}({joined(parts, depth + 1)})", False

    def joined(parts, depth):
        if indent is None:
            return ", ".join(parts)
        pad = "\n" + indent * depth
        return pad + ("," + pad).join(parts)

    return text(node, 0)[0]


# ---- locations ----

_POSITIONS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def copy_location(new_node, old_node):
    """Copy the source positions of `old_node` to `new_node`; returns `new_node`."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        if value is None and not (name.startswith("end_") and hasattr(old_node, name)):
            continue
        setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under `node` that lacks positions its parent's; returns `node`."""
    stack = [(node, (1, 0, 1, 0))]
    while stack:
        current, inherited = stack.pop()
        mine = list(inherited)
        attrs = current._attributes
        for k, name in enumerate(_POSITIONS):
            if name not in attrs:
                continue
            if name.startswith("end_"):
                missing = getattr(current, name, None) is None
            else:
                missing = not hasattr(current, name)
            if missing:
                setattr(current, name, inherited[k])
            else:
                mine[k] = getattr(current, name)
        children = list(iter_child_nodes(current))
        for child in reversed(children):
            stack.append((child, tuple(mine)))
    return node


def increment_lineno(node, n=1):
    """Add `n` to the line numbers of `node` and everything below it; returns `node`."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, "lineno", 0) + n
            continue
        if "lineno" in child._attributes:
            child.lineno = getattr(child, "lineno", 0) + n
        if "end_lineno" in child._attributes:
            end = getattr(child, "end_lineno", 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not isinstance(first, Constant) or not isinstance(first.value, str):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(first.value)
    return first.value


def _split_lines_keepends(source):
    out = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == "\r" and i + 1 < n and source[i + 1] == "\n":
            out.append(source[start:i + 2])
            i += 2
            start = i
            continue
        if c in "\r\n\f":
            out.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        out.append(source[start:])
    return out


def get_source_segment(source, node, *, padded=False):
    """The source text `node` was parsed from, or None without its positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start_col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines_keepends(source)
    if first == last:
        return lines[first].encode()[start_col:end_col].decode()
    pad = ""
    if padded:
        pad = "".join(c if c.isspace() else " " for c in lines[first].encode()[:start_col].decode())
    head = pad + lines[first].encode()[start_col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return "".join([head] + lines[first + 1:last] + [tail])


# ---- literal_eval ----

def literal_eval(node_or_string):
    """Evaluate a literal: strings, bytes, numbers, tuples, lists, dicts, sets, booleans,
    None and Ellipsis, with + and - on numbers as complex literals need."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode="eval")
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = "malformed node or string"
        line = getattr(node, "lineno", None)
        if line:
            message += f" on line {line}"
        raise ValueError(f"{message}: {node!r}")

    def number(node):
        if isinstance(node, Constant) and type(node.value) in (int, float, complex):
            return node.value
        malformed(node)

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return -value if isinstance(node.op, USub) else +value
        return number(node)

    def value_of(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple([value_of(e) for e in node.elts])
        if isinstance(node, List):
            return [value_of(e) for e in node.elts]
        if isinstance(node, Set):
            return {value_of(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == "set"
                and node.args == [] and node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return {value_of(k): value_of(v) for k, v in zip(node.keys, node.values)}
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value_of(node_or_string)


# ---- visitors ----

class NodeVisitor:
    """Walks a tree calling `visit_<ClassName>` for each node, or `generic_visit`."""

    def visit(self, node):
        handler = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        legacy = None
        if value is ...:
            legacy = "Ellipsis"
        elif isinstance(value, (bool, type(None))):
            legacy = "NameConstant"
        elif isinstance(value, (int, float, complex)):
            legacy = "Num"
        elif isinstance(value, str):
            legacy = "Str"
        elif isinstance(value, bytes):
            legacy = "Bytes"
        if legacy is not None:
            handler = getattr(self, "visit_" + legacy, None)
            if handler is not None:
                import warnings
                warnings.warn(f"visit_{legacy} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return handler(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node: None removes it,
    a list (in a list field) splices in several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


def unparse(ast_obj):
    """Python source that parses to a tree equal to `ast_obj`."""
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


def main():
    import sys
    args = sys.argv[1:]
    include_attributes = "-a" in args or "--include-attributes" in args
    files = [a for a in args if not a.startswith("-")]
    if files:
        with open(files[0], "rb") as f:
            source = f.read()
        name = files[0]
    else:
        source = sys.stdin.buffer.read()
        name = "<stdin>"
    tree = parse(source, name)
    print(dump(tree, include_attributes=include_attributes, indent=3))


if __name__ == "__main__":
    main()
