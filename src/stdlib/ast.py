"""Abstract syntax trees of Python source (tessera's `ast`).

Written from the `ast` module's documentation and CPython 3.11's observed behaviour. The
parser is tessera's own (ruff's, through the Rust `_ast` module, which builds the node
objects); this module defines the node classes from the abstract grammar the documentation
lists, and provides the helpers: dump, literal_eval, walk, the visitors, location fixers,
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
    __match_args__ = ()

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
    kinds = {}

    def new_class(name, base, fields, attributes, doc):
        names = tuple(f for f, _ in fields)
        ns = {"__module__": "ast", "__doc__": doc, "_fields": names, "__match_args__": names}
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
        else:
            kinds.setdefault(base, []).append(sig if fields else name)
        new_class(name, base, fields, attributes, sig if fields else name)
    # An abstract class's doc lists its kinds as the grammar does.
    for base, sigs in kinds.items():
        if all("(" not in k for k in sigs):
            made[base].__doc__ = f"{base} = " + " | ".join(sigs)
        else:
            made[base].__doc__ = f"{base} = " + ("\n" + " " * len(base) + " | ").join(sigs)


_declare()
del _declare


def _value_alias():
    def get(self):
        return self.value

    def put(self, value):
        self.value = value

    return property(get, put, doc="Deprecated. Use value instead.")


Constant.n = _value_alias()
Constant.s = _value_alias()
del _value_alias


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

# The one instance of each context and operator class (Load(), Add(), ...) that parsed
# trees share, as in CPython.
_SHARED = {}


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
    return _ast.parse(source, filename, mode, globals(), _SHARED)


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
        if c in "\r\n":
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


# ---- unparse ----
# Binding strengths, loosest first: a subexpression looser than its context is
# parenthesized.
(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_BOR, _P_BXOR,
 _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT, _P_ATOM) = range(18)

_BINOPS = {
    "Add": ("+", _P_ARITH), "Sub": ("-", _P_ARITH), "Mult": ("*", _P_TERM),
    "MatMult": ("@", _P_TERM), "Div": ("/", _P_TERM), "Mod": ("%", _P_TERM),
    "FloorDiv": ("//", _P_TERM), "Pow": ("**", _P_POWER), "LShift": ("<<", _P_SHIFT),
    "RShift": (">>", _P_SHIFT), "BitOr": ("|", _P_BOR), "BitXor": ("^", _P_BXOR),
    "BitAnd": ("&", _P_BAND),
}
_UNARY = {"Invert": "~", "Not": "not", "UAdd": "+", "USub": "-"}
_CMPOPS = {
    "Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=", "Is": "is",
    "IsNot": "is not", "In": "in", "NotIn": "not in",
}
_ONE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_INF_TEXT = "1e309"


def _escape(ch):
    """A character as a backslash escape (the 'unicode_escape' codec's spelling)."""
    if ch in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[ch]
    n = ord(ch)
    if n < 0x100:
        return "\\x%02x" % n
    if n < 0x10000:
        return "\\u%04x" % n
    return "\\U%08x" % n


_SHORT_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _quote_text(text, quotes=_ONE_QUOTES + _TRIPLE_QUOTES, keep_whitespace=True):
    """Escape `text` for a string literal using one of `quotes` without backslashes before
    a quote where possible: returns (escaped body, the quotes that can delimit it)."""
    out = []
    for ch in text:
        if keep_whitespace and ch in "\n\t":
            out.append(ch)
        elif ch == "\\" or not ch.isprintable():
            out.append(_escape(ch))
        else:
            out.append(ch)
    body = "".join(out)
    usable = [q for q in quotes if q not in body]
    if not usable:
        r = repr(text)
        for q in quotes:
            if r[0] in q:
                return r[1:-1], [q]
        return r[1:-1], [r[0]]
    if body:
        last = body[-1]
        usable = [q for q in usable if q[0] != last] + [q for q in usable if q[0] == last]
        if usable[0][0] == last:
            body = body[:-1] + "\\" + last
    return body, usable


def _quoted(text, quotes=_ONE_QUOTES + _TRIPLE_QUOTES):
    body, usable = _quote_text(text, quotes)
    return usable[0] + body + usable[0]


_COMPOUND = (FunctionDef, AsyncFunctionDef, ClassDef, If, For, AsyncFor, While, With, AsyncWith,
             Try, TryStar, Match, ExceptHandler)


class _Unparser:
    def __init__(self, in_fstring=False, keep_lines=False):
        self.lines = []
        self.depth = 0
        self.in_fstring = in_fstring
        # For compile(): each statement goes on its node's line where it can, so the
        # code's line numbers are the tree's. `count` is the number of lines written.
        self.keep_lines = keep_lines
        self.count = 0
        # The depth of the simple statement the last line ends with (-1: none), which a
        # statement on the same source line may join with "; ".
        self.simple_at = -1

    # -- statements --

    def line(self, text):
        self.lines.append("    " * self.depth + text)
        self.count += text.count("\n") + 1
        self.simple_at = -1

    def on_line(self, node):
        """Whether `node` (kept lines) starts on the line last written."""
        return self.keep_lines and self.lines and getattr(node, "lineno", None) == self.count

    def joined(self, stmts):
        """The texts of simple statements, joined with "; " for one line."""
        mark = len(self.lines)
        for st in stmts:
            getattr(self, "s_" + type(st).__name__)(st)
        texts = [text.strip() for text in self.lines[mark:]]
        del self.lines[mark:]
        self.count -= len(texts)
        return "; ".join(texts)

    def move_to(self, node):
        lineno = getattr(node, "lineno", None)
        if self.keep_lines and type(lineno) is int:
            while self.count + 1 < lineno:
                self.lines.append("")
                self.count += 1

    def blank_before_definition(self):
        if self.lines and not self.keep_lines:
            self.lines.append("")

    def body(self, stmts):
        if stmts and self.on_line(stmts[0]) and not any(isinstance(s, _COMPOUND) for s in stmts):
            # `if x: a = 1; b = 2` stays on its line.
            self.lines[-1] += " " + self.joined(stmts)
            return
        self.depth += 1
        for st in stmts:
            self.stmt(st)
        self.depth -= 1

    def body_with_docstring(self, node):
        stmts = node.body
        if (stmts and isinstance(stmts[0], Expr) and isinstance(stmts[0].value, Constant)
                and isinstance(stmts[0].value.value, str)):
            doc = stmts[0].value
            prefix = "u" if doc.kind == "u" else ""
            if self.keep_lines:
                # One line whatever newlines it holds: later statements keep their lines.
                text = prefix + repr(doc.value)
            else:
                text = prefix + _quoted(doc.value, _TRIPLE_QUOTES)
            self.move_to(stmts[0])
            self.depth += isinstance(node, Module) ^ 1
            self.line(text)
            self.depth -= isinstance(node, Module) ^ 1
            stmts = stmts[1:]
        if isinstance(node, Module):
            for st in stmts:
                self.stmt(st)
        else:
            self.body(stmts)

    def stmt(self, node):
        simple = not isinstance(node, (_COMPOUND, mod))
        if simple and self.simple_at == self.depth and self.on_line(node):
            self.lines[-1] += "; " + self.joined([node])
            self.simple_at = self.depth
            return
        self.move_to((getattr(node, "decorator_list", None) or [node])[0])
        handler = getattr(self, "s_" + type(node).__name__, None)
        if handler is None:
            self.line(self.expr(node))
        else:
            handler(node)
        if simple:
            self.simple_at = self.depth

    def s_Module(self, node):
        self.body_with_docstring(node)

    def s_Interactive(self, node):
        for st in node.body:
            self.stmt(st)

    def s_Expr(self, node):
        self.line(self.expr(node.value, _P_YIELD))

    def s_Assign(self, node):
        targets = "".join(self.expr(t, _P_TUPLE) + " = " for t in node.targets)
        self.line(targets + self.expr(node.value))

    def s_AugAssign(self, node):
        op = _BINOPS[type(node.op).__name__][0]
        self.line(f"{self.expr(node.target)} {op}= {self.expr(node.value)}")

    def s_AnnAssign(self, node):
        target = self.expr(node.target)
        if not node.simple and isinstance(node.target, Name):
            target = "(" + target + ")"
        text = target + ": " + self.expr(node.annotation)
        if node.value:
            text += " = " + self.expr(node.value)
        self.line(text)

    def s_Return(self, node):
        self.line("return" if node.value is None else "return " + self.expr(node.value))

    def s_Pass(self, node):
        self.line("pass")

    def s_Break(self, node):
        self.line("break")

    def s_Continue(self, node):
        self.line("continue")

    def s_Delete(self, node):
        self.line("del " + ", ".join(self.expr(t) for t in node.targets))

    def s_Assert(self, node):
        text = "assert " + self.expr(node.test)
        if node.msg:
            text += ", " + self.expr(node.msg)
        self.line(text)

    def s_Global(self, node):
        self.line("global " + ", ".join(node.names))

    def s_Nonlocal(self, node):
        self.line("nonlocal " + ", ".join(node.names))

    def s_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.line("raise")
            return
        text = "raise " + self.expr(node.exc)
        if node.cause:
            text += " from " + self.expr(node.cause)
        self.line(text)

    def s_Import(self, node):
        self.line("import " + ", ".join(self.alias(a) for a in node.names))

    def s_ImportFrom(self, node):
        where = "." * (node.level or 0) + (node.module or "")
        self.line(f"from {where} import " + ", ".join(self.alias(a) for a in node.names))

    def alias(self, a):
        return a.name if not a.asname else f"{a.name} as {a.asname}"

    def s_Try(self, node, star=""):
        self.line("try:")
        self.body(node.body)
        for h in node.handlers:
            self.move_to(h)
            text = "except" + star
            if h.type:
                text += " " + self.expr(h.type)
            if h.name:
                text += " as " + h.name
            self.line(text + ":")
            self.body(h.body)
        if node.orelse:
            self.line("else:")
            self.body(node.orelse)
        if node.finalbody:
            self.line("finally:")
            self.body(node.finalbody)

    def s_TryStar(self, node):
        self.s_Try(node, "*")

    def s_ExceptHandler(self, node):
        text = "except"
        if node.type:
            text += " " + self.expr(node.type)
        if node.name:
            text += " as " + node.name
        self.line(text + ":")
        self.body(node.body)

    def decorators(self, node):
        self.blank_before_definition()
        for d in node.decorator_list:
            self.move_to(d)
            self.line("@" + self.expr(d))
        self.move_to(node)

    def s_ClassDef(self, node):
        self.decorators(node)
        bases = [self.expr(b) for b in node.bases]
        bases += [self.keyword(k) for k in node.keywords]
        head = "class " + node.name
        if bases:
            head += "(" + ", ".join(bases) + ")"
        self.line(head + ":")
        self.body_with_docstring(node)

    def s_FunctionDef(self, node, keyword="def"):
        self.decorators(node)
        head = f"{keyword} {node.name}({self.arguments(node.args)})"
        if node.returns:
            head += " -> " + self.expr(node.returns)
        self.line(head + ":")
        self.body_with_docstring(node)

    def s_AsyncFunctionDef(self, node):
        self.s_FunctionDef(node, "async def")

    def s_For(self, node, keyword="for"):
        target = self.expr(node.target, _P_TUPLE)
        self.line(f"{keyword} {target} in {self.expr(node.iter)}:")
        self.body(node.body)
        if node.orelse:
            self.line("else:")
            self.body(node.orelse)

    def s_AsyncFor(self, node):
        self.s_For(node, "async for")

    def s_While(self, node):
        self.line(f"while {self.expr(node.test)}:")
        self.body(node.body)
        if node.orelse:
            self.line("else:")
            self.body(node.orelse)

    def s_If(self, node):
        self.line(f"if {self.expr(node.test)}:")
        self.body(node.body)
        rest = node.orelse
        while len(rest) == 1 and isinstance(rest[0], If):
            inner = rest[0]
            self.move_to(inner)
            self.line(f"elif {self.expr(inner.test)}:")
            self.body(inner.body)
            rest = inner.orelse
        if rest:
            self.line("else:")
            self.body(rest)

    def s_With(self, node, keyword="with"):
        items = []
        for item in node.items:
            text = self.expr(item.context_expr)
            if item.optional_vars:
                text += " as " + self.expr(item.optional_vars)
            items.append(text)
        self.line(f"{keyword} {', '.join(items)}:")
        self.body(node.body)

    def s_AsyncWith(self, node):
        self.s_With(node, "async with")

    def s_Match(self, node):
        self.line(f"match {self.expr(node.subject)}:")
        self.depth += 1
        for case in node.cases:
            self.s_match_case(case)
        self.depth -= 1

    def s_match_case(self, case):
        self.move_to(case.pattern)
        text = "case " + self.pattern(case.pattern)
        if case.guard:
            text += " if " + self.expr(case.guard)
        self.line(text + ":")
        self.body(case.body)

    # -- expressions: each returns its text --

    def expr(self, node, context=_P_TEST):
        handler = getattr(self, "e_" + type(node).__name__, None)
        if handler is None:
            if isinstance(node, pattern):
                return self.pattern(node)
            raise ValueError(f"can't unparse {type(node).__name__}")
        text, binding = handler(node)
        if binding < context:
            return "(" + text + ")"
        return text

    def e_Name(self, node):
        return node.id, _P_ATOM

    def e_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            return self.items([self.constant(v) for v in value], True), _P_ATOM
        if value is ...:
            return "...", _P_ATOM
        prefix = "u" if node.kind == "u" else ""
        return prefix + self.constant(value), _P_ATOM

    def constant(self, value):
        if isinstance(value, (float, complex)):
            text = repr(value)
            return text.replace("inf", _INF_TEXT).replace("nan", f"({_INF_TEXT}-{_INF_TEXT})")
        if isinstance(value, str) and self.in_fstring:
            return _quoted(value)
        if isinstance(value, tuple):
            return self.items([self.constant(v) for v in value], True)
        if value is ...:
            return "..."
        return repr(value)

    def items(self, texts, parens):
        inner = texts[0] + "," if len(texts) == 1 else ", ".join(texts)
        return "(" + inner + ")" if parens else inner

    def e_Tuple(self, node):
        texts = [self.expr(e) for e in node.elts]
        if not texts:
            return "()", _P_ATOM
        return self.items(texts, False), _P_TUPLE

    def e_List(self, node):
        return "[" + ", ".join(self.expr(e) for e in node.elts) + "]", _P_ATOM

    def e_Set(self, node):
        if not node.elts:
            return "{*()}", _P_ATOM
        return "{" + ", ".join(self.expr(e) for e in node.elts) + "}", _P_ATOM

    def e_Dict(self, node):
        parts = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                parts.append("**" + self.expr(v, _P_BOR))
            else:
                parts.append(self.expr(k) + ": " + self.expr(v))
        return "{" + ", ".join(parts) + "}", _P_ATOM

    def comprehensions(self, gens):
        out = []
        for g in gens:
            out.append(" async for " if g.is_async else " for ")
            out.append(self.expr(g.target, _P_TUPLE) + " in " + self.expr(g.iter, _P_OR))
            for cond in g.ifs:
                out.append(" if " + self.expr(cond, _P_OR))
        return "".join(out)

    def e_ListComp(self, node):
        return "[" + self.expr(node.elt) + self.comprehensions(node.generators) + "]", _P_ATOM

    def e_SetComp(self, node):
        return "{" + self.expr(node.elt) + self.comprehensions(node.generators) + "}", _P_ATOM

    def e_GeneratorExp(self, node):
        return "(" + self.expr(node.elt) + self.comprehensions(node.generators) + ")", _P_ATOM

    def e_DictComp(self, node):
        head = self.expr(node.key) + ": " + self.expr(node.value)
        return "{" + head + self.comprehensions(node.generators) + "}", _P_ATOM

    def e_NamedExpr(self, node):
        return f"{self.expr(node.target, _P_ATOM)} := {self.expr(node.value, _P_ATOM)}", _P_NAMED

    def e_Starred(self, node):
        return "*" + self.expr(node.value, _P_BOR), _P_ATOM

    def e_Await(self, node):
        if not node.value:
            return "await", _P_AWAIT
        return "await " + self.expr(node.value, _P_ATOM), _P_AWAIT

    def e_Yield(self, node):
        if not node.value:
            return "yield", _P_YIELD
        return "yield " + self.expr(node.value, _P_ATOM), _P_YIELD

    def e_YieldFrom(self, node):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return "yield from " + self.expr(node.value, _P_ATOM), _P_YIELD

    def e_Lambda(self, node):
        params = self.arguments(node.args)
        head = "lambda " + params if params else "lambda"
        return head + ": " + self.expr(node.body), _P_TEST

    def e_IfExp(self, node):
        text = (self.expr(node.body, _P_OR) + " if " + self.expr(node.test, _P_OR) + " else "
                + self.expr(node.orelse))
        return text, _P_TEST

    def e_BoolOp(self, node):
        if isinstance(node.op, And):
            word, own = " and ", _P_AND
        else:
            word, own = " or ", _P_OR
        parts = []
        for k, v in enumerate(node.values):
            parts.append(self.expr(v, min(own + 1 + k, _P_ATOM)))
        return word.join(parts), own

    def e_UnaryOp(self, node):
        sign = _UNARY[type(node.op).__name__]
        if sign == "not":
            return "not " + self.expr(node.operand, _P_NOT), _P_NOT
        return sign + self.expr(node.operand, _P_FACTOR), _P_FACTOR

    def e_BinOp(self, node):
        sign, own = _BINOPS[type(node.op).__name__]
        if own == _P_POWER:
            left, right = own + 1, own
        else:
            left, right = own, own + 1
        return f"{self.expr(node.left, left)} {sign} {self.expr(node.right, right)}", own

    def e_Compare(self, node):
        parts = [self.expr(node.left, _P_BOR)]
        for op, right in zip(node.ops, node.comparators):
            parts.append(_CMPOPS[type(op).__name__])
            parts.append(self.expr(right, _P_BOR))
        return " ".join(parts), _P_CMP

    def keyword(self, k):
        if k.arg is None:
            return "**" + self.expr(k.value)
        return k.arg + "=" + self.expr(k.value)

    def e_Call(self, node):
        args = [self.expr(a) for a in node.args] + [self.keyword(k) for k in node.keywords]
        return self.expr(node.func, _P_ATOM) + "(" + ", ".join(args) + ")", _P_ATOM

    def e_Attribute(self, node):
        base = self.expr(node.value, _P_ATOM)
        value = node.value
        if isinstance(value, Constant) and isinstance(value.value, int):
            base += " "
        return base + "." + node.attr, _P_ATOM

    def e_Subscript(self, node):
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            inner = self.items([self.expr(e) for e in index.elts], False)
        else:
            inner = self.expr(index)
        return self.expr(node.value, _P_ATOM) + "[" + inner + "]", _P_ATOM

    def e_Slice(self, node):
        text = ""
        if node.lower:
            text += self.expr(node.lower)
        text += ":"
        if node.upper:
            text += self.expr(node.upper)
        if node.step:
            text += ":" + self.expr(node.step)
        return text, _P_ATOM

    def arg(self, a):
        if a.annotation:
            return a.arg + ": " + self.expr(a.annotation)
        return a.arg

    def arguments(self, args):
        out = []
        positional = list(args.posonlyargs) + list(args.args)
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        for k, (a, d) in enumerate(zip(positional, defaults)):
            text = self.arg(a)
            if d:
                text += "=" + self.expr(d)
            out.append(text)
            if k + 1 == len(args.posonlyargs):
                out.append("/")
        if args.vararg or args.kwonlyargs:
            out.append("*" + (self.arg(args.vararg) if args.vararg else ""))
        for a, d in zip(args.kwonlyargs, args.kw_defaults):
            text = self.arg(a)
            if d:
                text += "=" + self.expr(d)
            out.append(text)
        if args.kwarg:
            out.append("**" + self.arg(args.kwarg))
        return ", ".join(out)

    # -- f-strings --

    def fstring_parts(self, node):
        """The pieces of a JoinedStr's text: (text, is_literal)."""
        pieces = []
        for value in node.values:
            if isinstance(value, Constant):
                pieces.append((self.fstring_literal(value), True))
            elif isinstance(value, FormattedValue):
                pieces.append((self.fstring_field(value), False))
            else:
                raise ValueError(f"Unexpected node inside JoinedStr, {value!r}")
        return pieces

    def fstring_literal(self, value):
        if not isinstance(value.value, str):
            raise ValueError("Constants inside JoinedStr should be a string.")
        return value.value.replace("{", "{{").replace("}", "}}")

    def fstring_field(self, node):
        inner = _Unparser(in_fstring=True).expr(node.value, _P_OR)
        if "\\" in inner:
            raise ValueError("Unable to avoid backslash in f-string expression part")
        text = "{" + (" " if inner.startswith("{") else "") + inner
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec:
            spec = node.format_spec
            if isinstance(spec, JoinedStr):
                text += ":" + "".join(t for t, _ in self.fstring_parts(spec))
            elif isinstance(spec, Constant):
                text += ":" + self.fstring_literal(spec)
            else:
                text += ":" + self.fstring_field(spec)
        return text + "}"

    def e_JoinedStr(self, node):
        pieces = self.fstring_parts(node)
        if self.in_fstring:
            return "f" + _quoted("".join(t for t, _ in pieces)), _P_ATOM
        quotes = _ONE_QUOTES + _TRIPLE_QUOTES
        bodies = []
        for text, literal in pieces:
            body, quotes = _quote_text(text, quotes, keep_whitespace=not literal)
            bodies.append(body)
        return "f" + quotes[0] + "".join(bodies) + quotes[0], _P_ATOM

    def e_FormattedValue(self, node):
        text = self.fstring_field(node)
        if self.in_fstring:
            return "f" + _quoted(text), _P_ATOM
        return "f" + _quoted(text), _P_ATOM

    # -- patterns --

    def pattern(self, node, context=_P_TEST):
        kind = type(node).__name__
        if kind == "MatchValue":
            return self.expr(node.value)
        if kind == "MatchSingleton":
            return repr(node.value)
        if kind == "MatchSequence":
            return "[" + ", ".join(self.pattern(p) for p in node.patterns) + "]"
        if kind == "MatchStar":
            return "*" + (node.name if node.name is not None else "_")
        if kind == "MatchMapping":
            parts = [self.expr(k) + ": " + self.pattern(p) for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                parts.append("**" + node.rest)
            return "{" + ", ".join(parts) + "}"
        if kind == "MatchClass":
            parts = [self.pattern(p) for p in node.patterns]
            parts += [a + "=" + self.pattern(p) for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.expr(node.cls, _P_ATOM) + "(" + ", ".join(parts) + ")"
        if kind == "MatchAs":
            if node.pattern is None:
                return "_" if node.name is None else node.name
            text = self.pattern(node.pattern, _P_BOR) + " as " + node.name
            return "(" + text + ")" if context > _P_TEST else text
        if kind == "MatchOr":
            text = " | ".join(self.pattern(p, _P_BXOR) for p in node.patterns)
            return "(" + text + ")" if context > _P_BOR else text
        raise ValueError(f"can't unparse {kind}")


def _compile_source(tree):
    """The text compile() compiles for a Module, Interactive or Expression tree: unparsed
    with each statement on its own line number where the order allows."""
    u = _Unparser(keep_lines=True)
    if isinstance(tree, Expression):
        return u.expr(tree.body)
    u.stmt(tree)
    return "\n".join(u.lines) + "\n"


def unparse(ast_obj):
    """Python source text for the tree `ast_obj` (which parses back to an equal tree)."""
    u = _Unparser()
    if isinstance(ast_obj, (Module, Interactive)) or isinstance(ast_obj, (stmt, excepthandler)):
        u.stmt(ast_obj)
        return "\n".join(u.lines)
    if isinstance(ast_obj, Expression):
        return u.expr(ast_obj.body)
    if isinstance(ast_obj, FunctionType):
        args = ", ".join(u.expr(a) for a in ast_obj.argtypes)
        return f"({args}) -> {u.expr(ast_obj.returns)}"
    if isinstance(ast_obj, list):
        for item in ast_obj:
            u.stmt(item)
        return "\n".join(u.lines)
    if isinstance(ast_obj, match_case):
        u.s_match_case(ast_obj)
        return "\n".join(u.lines)
    if isinstance(ast_obj, pattern):
        return u.pattern(ast_obj)
    if isinstance(ast_obj, arguments):
        return u.arguments(ast_obj)
    if isinstance(ast_obj, arg):
        return u.arg(ast_obj)
    if isinstance(ast_obj, keyword):
        return u.keyword(ast_obj)
    if isinstance(ast_obj, alias):
        return u.alias(ast_obj)
    if isinstance(ast_obj, withitem):
        text = u.expr(ast_obj.context_expr)
        if ast_obj.optional_vars:
            text += " as " + u.expr(ast_obj.optional_vars)
        return text
    if isinstance(ast_obj, comprehension):
        return u.comprehensions([ast_obj]).lstrip()
    return u.expr(ast_obj, _P_TEST)


def main():
    """`python -m ast [file]`: print the file's tree (stdin without one)."""
    import argparse
    import sys
    cli = argparse.ArgumentParser(prog="python -m ast")
    cli.add_argument("infile", nargs="?", default="-",
                     help="the file to parse; defaults to stdin")
    cli.add_argument("-m", "--mode", default="exec",
                     choices=("exec", "single", "eval", "func_type"),
                     help="specify what kind of code must be parsed")
    cli.add_argument("--no-type-comments", default=True, action="store_false",
                     help="don't add information about type comments")
    cli.add_argument("-a", "--include-attributes", action="store_true",
                     help="include attributes such as line numbers and column offsets")
    cli.add_argument("-i", "--indent", type=int, default=3,
                     help="indentation of nodes (number of spaces)")
    options = cli.parse_args()
    if options.infile == "-":
        source = sys.stdin.read()
        name = "<stdin>"
    else:
        try:
            with open(options.infile, "rb") as f:
                source = f.read()
        except OSError as e:
            cli.error(f"argument infile: can't open '{options.infile}': {e}")
        name = options.infile
    tree = parse(source, name, options.mode, type_comments=options.no_type_comments)
    print(dump(tree, include_attributes=options.include_attributes, indent=options.indent))


if __name__ == "__main__":
    main()
