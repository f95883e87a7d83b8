# Module and class annotations: `x: T = v` evaluates T and stores it in __annotations__.
import sys

trace = []


def note(label, value=None):
    trace.append(label)
    return value if value is not None else label


counter: int = 0
name: note('module name annotation', str) = note('module name value', 'n')
print(trace)
print(__annotations__)
print(counter, name)

trace.clear()
(parenthesized): note('paren') = 5
print(parenthesized, trace, 'parenthesized' in __annotations__)


class Box:
    pass


box = Box()
trace.clear()
box.attr: note('attribute annotation') = note('attribute value', 7)
items = [0, 0, 0]
items[note('index', 1)]: note('subscript annotation') = 9
items[note('index2', 2)]: note('subscript annotation, no value')
items[note('lo', 0):note('hi', 1)]: note('slice annotation')
print(trace)
print(box.attr, items)
print(sorted(__annotations__))

only_declared: float
print('only_declared' in globals(), __annotations__['only_declared'])

if True:
    nested_in_if: bytes = b''
for _ in range(1):
    nested_in_for: 'forward' = 1
print(list(__annotations__)[-2:])


class Point:
    """A documented class."""
    x: int
    y: int = 0
    label: 'str' = 'p'
    __secret: list
    __dunder__: dict
    unrelated = 5

    def method(self) -> 'Point':
        return self


print(Point.__annotations__)
print('x' in Point.__dict__, Point.y, Point.unrelated)


class Child(Point):
    z: complex


print(Child.__annotations__)


class Empty:
    pass


print(Empty.__annotations__, '__annotations__' in Empty.__dict__)
Empty.__annotations__['late'] = int
print(Empty.__annotations__)
Empty.__annotations__ = {'replaced': str}
print(Empty.__annotations__)
del Empty.__annotations__
print(Empty.__annotations__)


class Sub(Point):
    pass


print(Sub.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print('AttributeError:', e)


def make():
    kind = frozenset

    class Local:
        member: kind
        other: 'kind'

    return Local


print(make().__annotations__)


class UsesClassNames:
    Alias = dict
    a: Alias
    b: list[Alias]


print(UsesClassNames.__annotations__)

import string
print(string.__annotations__)

import dataclasses


@dataclasses.dataclass
class Record:
    ident: int
    tags: list = dataclasses.field(default_factory=list)
    ratio: 'float' = 1.0
    shared: 'dataclasses.ClassVar[int]' = 0


for f in dataclasses.fields(Record):
    print(f.name, f.type)
print(Record(3))

import typing


class Typed(typing.NamedTuple):
    a: int
    b: typing.Optional[str] = None


print(Typed(1), Typed.__annotations__)


class Movie(typing.TypedDict, total=False):
    title: typing.Required[str]
    year: int


print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(typing.get_type_hints(Point))


def hinted(a: 'int', b: typing.List['Point']) -> 'Point':
    pass


print(typing.get_type_hints(hinted))

trace.clear()


class Ordered:
    first: note('first') = note('first value', 1)
    second: note('second')


print(trace, Ordered.__annotations__)


class Broken:
    fine: int
    broken: missing_class_annotation
