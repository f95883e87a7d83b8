# Subscripted built-in classes are types.GenericAlias objects.
import types

print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int], tuple[()])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), a == list[int], a != list[str], type(a) is types.GenericAlias)


class Ints(list[int]):
    pass


print(Ints.__bases__, Ints.__orig_bases__, Ints([3]))
for bad in (lambda: isinstance([], list[int]), lambda: issubclass(list, dict[str, int])):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(int | None, int | str, list[int] | None if False else "skip")
