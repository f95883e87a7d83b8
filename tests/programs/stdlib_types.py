import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns == types.SimpleNamespace(a=2))
print(types.SimpleNamespace(z=2), types.SimpleNamespace())
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0), list(mp.items()), mp == {"a": 1, "b": 2}, mp.copy())
try:
    mp["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del mp["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
def g(): yield
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.NoneType is type(None), type(Ellipsis) is types.EllipsisType)
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)
ga = types.GenericAlias(list, (int,))
print(ga, ga.__origin__, ga.__args__, ga([1, 2]), ga == types.GenericAlias(list, int))
print(types.GenericAlias(dict, (str, types.GenericAlias(list, (int,)))), types.GenericAlias(tuple, (int, ...)))
X = types.new_class("X", (C,), {}, lambda ns: ns.update(k=5))
print(X.k, X.__name__, X.__bases__)
print(types.resolve_bases((int, C)))
try:
    types.SimpleNamespace({"k": 1})
except TypeError as e:
    print(type(e).__name__, e)
