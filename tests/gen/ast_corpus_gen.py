#!/usr/bin/env python3
"""Generates tests/programs/ast_corpus.py: a comparison corpus for tessera's `ast`.

Usage:  python3 tests/gen/ast_corpus_gen.py   (then regenerate.py ast_corpus)

Snippets covering every 3.11 node type (statements, expressions, f-strings, patterns,
positions over several lines and non-ASCII text) are parsed by the CPython running this
script; it records `ast.dump(tree, include_attributes=True)` and `ast.unparse(tree)` for
each (or the SyntaxError), and the generated program replays every snippet and prints
the ones whose results differ.
"""
import ast
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "programs", "ast_corpus.py")

SNIPPETS = r'''
x
x = 1
x = y = z
a, b = c
[a, *b] = c
x += 1
x -= y; x *= y; x /= y; x //= y; x %= y; x **= y
x @= y; x <<= y; x >>= y; x |= y; x ^= y; x &= y
x: int
x: int = 5
(x): int = 5
a.b: List[int] = []
a[0]: str
del a, b[0], c.d
del (a, b)
pass
break
continue
return
return 1
return 1, 2
return (yield)
global a, b
nonlocal x
assert x
assert x, "message"
raise
raise E
raise E("x") from None
raise E from cause
import a
import a.b.c
import a as b, c.d as e
from a import b
from a import b as c, d
from . import x
from ..pkg.mod import (a, b as c)
from ... import *
from a import *
if a: pass
if a:
    pass
else:
    pass
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
if a:
    pass
else:
    if b:
        pass
    x = 1
while x:
    x -= 1
while True:
    break
else:
    pass
for x in y: pass
for x, y in z.items():
    continue
else:
    done()
for (a, b), c in d: pass
async def f():
    async for x in y:
        await x
    async with a as b, c:
        pass
    return [i async for i in g()]
with a: pass
with a as b: pass
with a as (b, c), d as e: pass
with (a as b, c as d):
    pass
with open(f) as fh, lock:
    data = fh.read()
try:
    pass
except:
    pass
try:
    x
except E:
    y
except (A, B) as e:
    z
else:
    w
finally:
    v
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    raise
def f(): pass
def f(a, b=1, *args, c, d=2, **kwargs): pass
def f(a, /, b, *, c): pass
def f(a=1, /, b=2): pass
def f(*, a): pass
def f(a: int, *b: str, c: float = 1.0, **d: bool) -> None: pass
def f[T](x): pass
@decorator
def f(): pass
@a.b(1, c=2)
@d
class C: pass
@property
# a comment between
def g(self):
    """Docstring."""
    return self._g
class C(Base, metaclass=Meta):
    x = 1
    def m(self):
        pass
class C():
    """Doc
    on two lines."""
class D(*bases, **kw): pass
lambda: 0
lambda x: x
lambda x, *y, z=1, **w: (x, y, z, w)
lambda x, /, y: x
a and b
a or b or c
a and (b or c)
(a and b) or c
not a
not (a and b)
-a
+a
~a
-(-a)
- -a
a + b * c
(a + b) * c
a - (b - c)
(a - b) - c
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a // b % c
a @ b
a << b >> c
a | b ^ c & d
(a | b) & c
a < b <= c > d >= e == f != g
a is b is not c
a in b not in c
(a < b) < c
x if y else z
(x if y else z) if w else v
x if (y if z else w) else v
lambda: (yield)
(x := 1)
if (n := len(a)) > 10: pass
[y := f(x), y ** 2]
f(x := 1)
{}
{1: 2, 3: 4}
{**a, 'b': 1, **c}
{1, 2, 3}
set()
{*()}
[]
[1, 2, 3]
()
(1,)
(1, 2)
1, 2
[x for x in y]
[x for x in y if x if not x]
[x for y in z for x in y]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
f(x for x in y)
f((x for x in y), z)
sum(x * x for x in range(10))
await x
yield
yield x
yield x, y
yield from g()
x = yield
x = yield from y
f()
f(a, b)
f(a, *b, c=1, **d)
f(*a, *b)
f(**a, **b)
f(a)(b)(c)
f(a=1, *b)
a.b.c
a[b]
a[b][c]
a[1:2]
a[1:2:3]
a[:]
a[::]
a[::2]
a[1:]
a[:2]
a[1:2, 3]
a[1, 2]
a[(1, 2)]
a[()]
a[1,]
a[*b]
a.b[c].d(e)
1 .real
1.5.real
(1).real
x.__class__
"string"
'single'
"it's"
'say "hi"'
'both \' and "'
"""triple"""
"a\nb\tc"
"\x00\x7f\u1234"
"é" + x
u"unicode"
r"raw\d"
"implicit" "concat"
b"bytes"
b'\x00\xff'
rb"raw\bytes"
b"a" b"b"
123
0x1F
0o17
0b101
1_000_000
123456789012345678901234567890
1.5
1e10
1.5e-10
1j
1.5j
1 + 2j
-1
1e309
True
False
None
...
f"plain"
f"{x}"
f"{x!r}"
f"{x!s}"
f"{x!a}"
f"{x:>10}"
f"{x:{width}}"
f"{x:{width}.{precision}}"
f"{x!r:^20}"
f"{x=}"
f"{x = }"
f"{x=!s}"
f"{x=:>5}"
f"a{b}c{d}e"
f"{{literal}}"
f"" ""
"a" f"{b}" "c"
f"{a}" f"{b}"
f'{x["key"]}'
f"{'nested'}"
f"{x}" "tail"
f"{3.14:.2f}"
f"{a + b}"
f"{ {1: 2}[1] }"
f"{f'{x}'}"
f"""multi
{x}
line"""
match x:
    case 1:
        pass
match x:
    case 1 | 2 | 3:
        pass
    case "a" | b"b":
        pass
    case None:
        pass
    case True:
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
match p:
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case [*_]:
        pass
    case []:
        pass
    case ():
        pass
match m:
    case {"a": 1, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
match c:
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case Point():
        pass
    case a.b.C(d):
        pass
match v:
    case x if x > 0:
        pass
    case [a] as whole:
        pass
    case (1 | 2) as n:
        pass
    case _:
        pass
    case Color.RED:
        pass
x = 1
def f(): pass
y = 2
class A:
    def f(self): pass
    def g(self): pass
def outer():
    def inner():
        nonlocal x
        x = 1
    return inner
if x:
    def f(): pass
x = [
    1,
    2,
]
call(
    a,
    b=c,
)
s = "über" + "ß"
t = 'multi' \
    'line'
z = (1 +
     2)
f(a)[b].c
not x == y
x = -1 ** 2
x = (-1) ** 2
x = 2 ** -1
x = a if b else (lambda: c)
x = (lambda: y) if b else c
x = [*a, *b]
x = {**a}
x = *a, *b
print(*args, sep="")
a = b = c = d
a[b] = c
a.b = c
del a[b:c]
x = not a
x = a + -b
x = (yield)
x = lambda *args, **kw: None
assert (x, y)
for x in *a, *b: pass
(a for b in c if d)
obj.attr[0](arg).method()
x = "it's \"quoted\""
x = 'a\'b"c"""d\'\'\''
x = "tab\there\nnewline\\backslash"
x = "\x00\x1f\x7f\u200b\U0001f600é"
def f():
    """Docstring with "quotes" and 'apostrophes'."""
def f():
    """ends with a quote\""""
def f():
    """has \\ backslash and \t tab
    and a second line"""
class K:
    u"""unicode docstring"""
    """second string is not a docstring"""
x = f"{x!r}" f"{y}" "tail\n"
x = f"'{x}\""
x = f"{x:{'a'}}"
x = f"{'a' if b else 'c'}"
x = f"{x}\t{y}"
x = f"{ {'a': 1}['a'] }"
x = f"{x:%Y-%m-%d}"
x = f"{x:{y}d} {z!a:>{w}}"
x = (a for b in c)
x = a if b else c if d else e
x = (a if b else c) if d else e
x = [i for i in range(3) if (j := i)]
x = a ** b ** c
x = a - b - c
x = a - (b + c)
x = (a, b), c
x = a[b, c:d]
x = a[(b, c), d]
x = not (not a)
x = (not a) == b
x = a or not b
x = -(a + b)
x = (a + b).c
x = (a if b else c).d
x = (lambda: 0)()
x = (yield a)
x = await (a + b)
x = [*a, *(b, c)]
assert not x, "msg"
print(1, 2, sep=", ", end="")
'''.strip("\n")

# Sources the snippet list cannot spell: other line endings, tabs, non-ASCII columns.
EXTRA = [
    "x = 1\r\ny = '\u00e9'\r\nif x:\r\n    z = f'{y}\u00e9{x}'\r\n",
    "a = 1\rb = 2\r",
    "if x:\n\ty = '\u00fc' + f'{x!r}'\n",
    "s = f'''\n{a}\n  {b:{c}}'''\n",
    "\u00e9 = '\u00fc'; \u00fc = \u00e9",
    "x = (\n  # comment\n  1)\n",
    "@d # def\n\n# class\n@e\nclass C: pass",
    "x = '''a\nb''' + f'''c\n{d}'''",
    "def f(\n    a,\n    *,\n    b: int = 2,\n): ...",
    "x = 1 \\\n  + 2",
    "with (open(a) as b, open(c) as d,): pass",
    "print(f'{x:{y}{z}}')",
    "x = '\u00e9\u00e9' + f'{\u00e9}\u00e9{ \u00e9 }' + '\U0001f600'",
    "x = f'{a}' f'''{b}\n''' f\"{c!r:{d}}\"",
]

# Syntax errors ast.parse reports (message, line and offset recorded).
ERRORS = [
    "x = = 1",
    "def f(:\n    pass",
    "1 = x",
    "f() = 1",
    "x +",
    "if x\n    pass",
    "  x = 1",
    "for x in y:\npass",
    "(",
    "a b",
    "print 'hello'",
    "del f()",
    "x = (1, 2",
    "lambda x: (yield)",
    "f(**a, *b)",
    "def f(a=1, b): pass",
    "import",
    "from x import",
    "None = 1",
    "f(x for x in y, z)",
    "a := 1",
    "'unterminated",
    '"""unterminated',
    "with a as 1: pass",
    "try:\n    pass\n",
    "match x:\n    case 1 + 1: pass",
]


def split_snippets(text):
    """Top-level snippets: a line at column 0 starts one unless it continues a block
    (else/elif/except/finally/case) or the previous snippet ends inside brackets."""
    out = []
    for line in text.split("\n"):
        starts = line and not line[0].isspace() and not line.startswith(
            ("else", "elif", "except", "finally", ")", "]", "}"))
        if out and not starts:
            out[-1] += "\n" + line
        elif out and out[-1].split("\n")[-1].startswith(("@", "#")):
            out[-1] += "\n" + line
        elif out and out[-1].endswith(("\\", "(", "[", ",")):
            out[-1] += "\n" + line
        else:
            out.append(line)
    return out


def record(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return "SyntaxError: %s (%s, %s)" % (e.msg, e.lineno, e.offset)
    return ast.dump(tree, include_attributes=True) + "\n" + ast.unparse(tree)


def main():
    snippets = split_snippets(SNIPPETS)
    # Multi-statement groups as whole modules too (blank-line rules of unparse).
    groups = ["\n".join(snippets[i:i + 3]) for i in range(0, len(snippets), 25)]
    cases = [(s, record(s)) for s in snippets + groups + EXTRA + ERRORS]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# generated by python3 tests/gen/ast_corpus_gen.py; do not edit\n")
        f.write("# Replays ast.parse snippets against CPython 3.11's dump and unparse.\n")
        f.write("import ast\n\n")
        f.write("def describe(src):\n")
        f.write("    try:\n")
        f.write("        tree = ast.parse(src)\n")
        f.write("    except SyntaxError as e:\n")
        f.write('        return "SyntaxError: %s (%s, %s)" % (e.msg, e.lineno, e.offset)\n')
        f.write('    return ast.dump(tree, include_attributes=True) + "\\n" + ast.unparse(tree)\n\n')
        f.write("CASES = [\n")
        for src, expected in cases:
            f.write("    (%r,\n     %r),\n" % (src, expected))
        f.write("]\n\n")
        f.write("bad = 0\n")
        f.write("for src, expected in CASES:\n")
        f.write("    try:\n")
        f.write("        got = describe(src)\n")
        f.write("    except Exception as e:\n")
        f.write('        got = "raised %s: %s" % (type(e).__name__, e)\n')
        f.write("    if got != expected:\n")
        f.write("        bad += 1\n")
        f.write('        print("MISMATCH", repr(src))\n')
        f.write('        print("  expected:", expected)\n')
        f.write('        print("  got:     ", got)\n')
        f.write('print(len(CASES), "cases,", bad, "mismatches")\n')
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
