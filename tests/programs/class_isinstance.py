# isinstance / issubclass with tuples and builtins
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(A, A), issubclass(B, object))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance(1, (float, str)))
print(isinstance('s', str), isinstance(b's', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(print, object))
print(issubclass(bool, int), issubclass(int, float), issubclass(KeyError, LookupError), issubclass(list, object))
print(type(b).__name__, type(B).__name__, type(type).__name__, type(None).__name__, type(len).__name__)
print(type(1) == int, type(True) == int, type(b) == A)
for v in [1, 'a', 2.0, [1], (1,), {1: 2}, None, True, b'x', range(2)]:
    print(type(v).__name__, end=' ')
print()
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(b, (int, (str, (A,)))))
