# Nested containers far deeper than the recursion limit: repr, str and comparisons raise
# RecursionError with CPython's words; moderately deep ones still work; nothing crashes.


def nest(depth, wrap):
    x = []
    for _ in range(depth):
        x = wrap(x)
    return x


for name, wrap in [("list", lambda x: [x]), ("tuple", lambda x: (x,)),
                   ("dict", lambda x: {"k": x}), ("mixed", lambda x: [{"k": (x,)}])]:
    deep = nest(50000, wrap)
    for op in ("repr", "str", "eq", "lt"):
        try:
            if op == "repr":
                repr(deep)
            elif op == "str":
                str(deep)
            elif op == "eq":
                deep == nest(50000, wrap)
            else:
                deep < nest(50000, wrap)
            print(name, op, "ok")
        except RecursionError as e:
            print(name, op, "RecursionError:", e)
        except TypeError as e:
            print(name, op, "TypeError:", e)

shallow = nest(50, lambda x: [x])
print(len(repr(shallow)), shallow == nest(50, lambda x: [x]), shallow < nest(51, lambda x: [x]))
d = {"a": [1, {"b": (2, 3)}]}
d["self"] = d
print(repr(d), d == d)
print("still running")
