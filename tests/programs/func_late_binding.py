# late binding of closure variables in loops
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
def make(i):
    return lambda: i * 10
print([make(i)() for i in range(4)])
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(100) for a in adders])
gens = [(lambda: j) for j in 'abc']
print([g() for g in gens])
x = 'before'
f = lambda: x
x = 'after'
print(f())
def counter_list():
    result = []
    for k in range(3):
        def show():
            return k
        result.append(show)
    k = 'changed'
    return [r() for r in result]
print(counter_list())
