"""Under `from __future__ import annotations` every annotation is its source text,
normalized the way CPython's unparser prints it."""
from __future__ import annotations

import typing
from typing import Dict, List, Optional


def shapes(a: List[ int ], b: Dict[str,int], c: Optional[ 'Node' ], d: int | None,
           e: typing.Callable[[int, str], None], f: tuple[int, ...], g: "quoted",
           h: 'single', i: 0x1F, j: -1.5, k: 1e16, l: 1e309, m: 2j, n: b'raw\n',
           o: 'it\'s', p: "say \"hi\"", q: None, r: True, s: ..., t: [int, str],
           u: {'key': 1}, v: {1, 2}, w: (int, str), x: (), y: (int,), z: call(1, *a, k=2, **kw),
           ) -> Optional[ Dict[str,  typing.Any] ]:
    pass


for key, value in shapes.__annotations__.items():
    print(key, repr(value))


def operators(a: a + b * c, b: (a + b) * c, c: a - (b - c), d: -x ** 2, e: (-x) ** 2,
              f: x ** -y, g: a ** b ** c, h: (a ** b) ** c, i: not a, j: a and b or c,
              k: (a or b) and c, l: a < b <= c, m: (a < b) < c, n: a is not b,
              o: a not in b, p: ~a, q: a @ b, r: a // b % c, s: a << b >> c & d ^ e | f,
              t: x if y else z, u: (x if y else z) if w else v, v: lambda: 0,
              w: lambda x, *y, z=1, **k: x, x: lambda *, a: a, y: (lambda: 1)(),
              z: --a):
    pass


for key, value in operators.__annotations__.items():
    print(key, repr(value))


def subscripts(a: x[1:2], b: x[::2], c: x[:], d: x[a:b, c], e: x[1, 2], f: x[(1, 2)],
               g: x[()], h: x[(a,)], i: x[-1], j: a.b[c](d).e, k: (1).real, l: 1.0.real,
               m: (-1).real, n: f(x for x in y), o: f((x for x in y), z),
               p: [i for i in range(3) if i], q: {k: v for k, v in d}, r: {x for x in y},
               s: (i for i in x), t: f"{x!r:>{width}}", u: f"{x=}", v: f"a{{b}}{c}",
               w: 'a' 'b', x: f"{'inner'}", y: f"{x if y else z}", z: [*a, *b]):
    pass


for key, value in subscripts.__annotations__.items():
    print(key, repr(value))


class Node:
    value: int
    children: List[Node] = []
    parent: Optional[Node] = None
    __private: undefined_names_are_fine_here
    (not_stored): int = 1


print(Node.__annotations__)
print(Node.children, Node.parent)

module_level: Dict[ str , List[int] ] = {}
never_defined: SomethingUndefined
print(__annotations__)
print('never_defined' in globals())


def no_evaluation(x: undefined_at_definition) -> also_undefined:
    return x


print(no_evaluation.__annotations__, no_evaluation(4))
print(typing.get_type_hints(lambda: None))


def resolvable(a: int, b: List[int]) -> Optional[str]:
    pass


print(typing.get_type_hints(resolvable))
print(typing.get_type_hints(Node, localns={'undefined_names_are_fine_here': float}))

import dataclasses


@dataclasses.dataclass
class Pair:
    left: int
    right: List[str] = dataclasses.field(default_factory=list)
    count: typing.ClassVar[int] = 0


print([(f.name, f.type) for f in dataclasses.fields(Pair)], Pair(1))


class Row(typing.NamedTuple):
    a: int
    b: str = 'b'


print(Row(1), Row.__annotations__)


class Movie(typing.TypedDict, total=False):
    title: typing.Required[str]
    year: int


print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(typing.get_type_hints(Movie))

for source in ("x: (yield)\n", "def f(a: (b := 1)): pass\n", "y: int = (z := 3)\n",
               "async def f():\n    def g(a: await x): pass\n",
               "def f() -> (yield from x): pass\n"):
    try:
        compile("from __future__ import annotations\n" + source, "<test>", "exec")
        print('compiled', repr(source))
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno, e.offset)

# The feature is recorded on code objects and inherited by exec, eval and compile.
import __future__

print(annotations is __future__.annotations, __future__.annotations)
print(hex(resolvable.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS))
ns = {}
exec("def from_exec(a: int) -> List[ int ]: pass", ns)
print(ns['from_exec'].__annotations__)
print(eval("(lambda: 0).__code__.co_flags") & __future__.annotations.compiler_flag)
code = compile("def kept(a: int): pass", "<inherit>", "exec")
exec(code, ns)
print(ns['kept'].__annotations__)
code = compile("def evaluated(a: int): pass", "<no-inherit>", "exec", dont_inherit=True)
exec(code, ns)
print(ns['evaluated'].__annotations__)
code = compile("def flagged(a: int): pass", "<flag>", "exec",
               flags=__future__.annotations.compiler_flag, dont_inherit=True)
exec(code, ns)
print(ns['flagged'].__annotations__, hex(code.co_flags))


def in_function():
    local_ns = {}
    exec("def nested(b: bytes): pass", local_ns)
    return local_ns['nested'].__annotations__


print(in_function())
print(__future__.all_feature_names)
for feature in __future__.all_feature_names:
    value = getattr(__future__, feature)
    print(feature, value, value.getOptionalRelease(), value.getMandatoryRelease(),
          hex(value.compiler_flag))
