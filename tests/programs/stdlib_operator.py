import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.invert(5), operator.inv(0), operator.abs(-3.5), operator.index(7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d)
l = [1, 2]
print(operator.iadd(l, [3]), l)
print(operator.imul(3, 4), operator.isub(10, 4), operator.iconcat("x", "y"), operator.ior({1}, {2}))
class Hint:
    def __length_hint__(self):
        return 4


class NoHint:
    pass


print(operator.length_hint([1, 2, 3]), operator.length_hint(Hint(), 5), operator.length_hint(NoHint(), 5))
print(operator.call(max, 3, 9, 2))
print(operator.__add__(1, 1), operator.__getitem__([5, 6], 1))

ig = itemgetter(1)
print(ig([10, 20, 30]), ig("xyz"), repr(ig))
ig2 = itemgetter(0, 2)
print(ig2("abc"), repr(ig2))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


p = P("outer", P("inner"))
ag = attrgetter("name")
print(ag(p), repr(ag))
print(attrgetter("child.name")(p))
print(attrgetter("name", "child.name")(p), repr(attrgetter("name", "child.name")))
mc = methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), repr(mc))
print(methodcaller("upper")("abc"), repr(methodcaller("center", 5, "*")))

for f, args in [
    (operator.add, (1, "a")),
    (operator.indexOf, ([1, 2], 3)),
    (operator.concat, (1, 2)),
    (operator.getitem, ([1], 5)),
    (operator.getitem, ({}, "k")),
    (operator.truediv, (1, 0)),
    (attrgetter("nope"), (p,)),
    (attrgetter, (1,)),
    (methodcaller, (1,)),
    (operator.delitem, ([], 0)),
    (operator.index, (1.5,)),
]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
