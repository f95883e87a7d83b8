# len() and isinstance() call sites specialize to direct forms; every guard must fall back
# to the generic call with identical results and errors.


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Base:
    pass


class Child(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Odd(metaclass=Meta):
    pass


def lengths(items):
    out = []
    for x in items:
        out.append(len(x))
    return out


print(lengths([[1, 2], (1,), "héllo", {"a": 1}, {1, 2, 3}, frozenset(), b"xyz",
               range(10), Sized(7), {}.keys(), "", []] * 3))


def bad_len(items):
    for x in items:
        try:
            print(len(x))
        except TypeError as e:
            print("TypeError", e)
        except ValueError as e:
            print("ValueError", e)


bad_len([[1], 5, None, Sized(-1), [1, 2], 3.5, Sized(3)])


def checks(pairs):
    return [isinstance(obj, cls) for obj, cls in pairs]


pairs = [(Child(), Base), (Base(), Child), (3, int), (True, int), (3, bool), ("s", str),
         ("anything", Odd), ("other", Odd), (Child(), (int, Base)), ([], (dict, tuple)),
         (Odd(), Odd), (None, type(None)), (int, type)]
print(checks(pairs * 2))

try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)


def shadowed():
    results = []
    for i in range(6):
        results.append(len([0] * i))
    return results


print(shadowed())
len = lambda x: -1  # the specialized site must notice the global rebinding
print(shadowed())
del len
print(shadowed())


def keyword_and_arity():
    for args in [(), (1, 2)]:
        try:
            len(*args)
        except TypeError as e:
            print("TypeError", e)
    for args in [(1,), (1, int, 3)]:
        try:
            isinstance(*args)
        except TypeError as e:
            print("TypeError", e)


keyword_and_arity()
keyword_and_arity()
