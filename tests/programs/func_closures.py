# closures: counters and captured state
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_accumulators():
    data = []
    def add(x):
        data.append(x)
        return len(data)
    def get():
        return list(data)
    return add, get
add, get = make_accumulators()
add('a'); add('b')
print(get(), add('c'), get())
def outer():
    x = 1
    def middle():
        def inner():
            return x + 1
        return inner
    return middle()
print(outer()())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__closure__[0].cell_contents)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, double, lambda v: v + 1)(4))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
