# callable, type, isinstance, issubclass builtins
class A:
    def __call__(self):
        return 1
class B:
    pass
def fn():
    pass
print(callable(A), callable(A()), callable(B()), callable(fn), callable(len), callable(None), callable('x'.upper))
print(type(5).__name__, type(5.0).__name__, type('s').__name__, type(b'').__name__, type(None).__name__)
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(frozenset()).__name__)
print(type(fn).__name__, type(len).__name__, type(A).__name__, type(A()).__name__, type(range(1)).__name__)
print(type(lambda: 0).__name__, type(x for x in []).__name__, type(type).__name__, type(object).__name__)
print(type(1) is int, type(True) is bool, type(int) is type, type(A()) is A)
print(str(type(5)), repr(type('')), str(A).endswith(".A'>"), str(int), str(type(None)))
print(isinstance(A(), A), isinstance(A, type), issubclass(A, object), issubclass(type, object), isinstance(type, type))
print(type(...).__name__, type(NotImplemented).__name__, type(slice(1)).__name__)
