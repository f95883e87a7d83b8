# Tier 2 promotes global functions to constants; rebinding them must invalidate traces.
def a(x):
    return x + 1
def b(x):
    return x * 2
def run(n):
    s = 0
    for i in range(n):
        s += a(i)
    return s
print(run(100))
a = b
print(run(100))
def c(x):
    return -x
def loop():
    global a
    t = 0
    for i in range(50):
        t += a(i)
        if i == 25:
            a = c
    return t
print(loop())
