# global and nonlocal
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment(); increment()
print(counter)
def make_global():
    global created
    created = 'made inside function'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'modified by inner'
    inner()
    return x
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def acc():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
a = acc()
print(a(5), a(10), a(-3))
def levels():
    v = 1
    def mid():
        v = 2
        def inner():
            nonlocal v
            v += 10
            return v
        r = inner()
        return r, v
    return mid(), v
print(levels())
x = 'global x'
def read_global():
    return x
print(read_global())
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 'local'
unbound()
