# Loops whose types or branch directions change partway: every tier-2 guard must fail
# cleanly back to tier 1.

def grow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + i          # leaves the int64 fast path after ~40 iterations
        out.append(x % 1000)
    return x, out[-5:]

print(grow(60))

def mixed(n):
    acc = 0
    for i in range(n):
        if i < n // 2:
            acc = acc + i      # int + int
        else:
            acc = acc + 0.5    # then float + float
    return acc

print(mixed(40))

def divide(vals):
    total = 0.0
    errors = 0
    for v in vals:
        try:
            total += 10.0 / v
        except ZeroDivisionError:
            errors += 1
    return total, errors

print(divide([1.0, 2.0, 4.0, 0.0, 5.0, 0.0, 8.0]))

def unbound(n):
    seen = []
    for i in range(n):
        if i % 3 == 0:
            y = i
        else:
            del y
        try:
            seen.append(y)
        except UnboundLocalError as e:
            seen.append(str(e)[:20])
        y = -i
    return seen

print(unbound(7))

def flip(n):
    s = 0
    i = 0
    while i < n:
        if (i // 10) % 2 == 0:
            s += i
        else:
            s -= 1
        i += 1
    return s

print(flip(100))

def nested():
    rows = []
    for a in range(5):
        row = 0
        for b in range(a * 3):
            if b == 7:
                break
            row += b
        else:
            row = -row
        rows.append(row)
    return rows

print(nested())

def early(xs):
    for i, x in enumerate(xs):
        if x > 10:
            return i
    return -1

print(early([1, 5, 3, 12, 4]), early([1, 2]))

def cmp_floats(n):
    hits = 0
    x = 0.0
    while x < n:
        if x >= n / 2:
            hits += 1
        x += 0.25
    return hits

print(cmp_floats(10.0))

big = 2 ** 62
t = 0
for i in range(4):
    t = t + big        # overflows on the second iteration
print(t)

def floors(n):
    out = []
    for a in range(-n, n):
        for b in (3, -3, 7, -1):
            out.append((a // b, a % b, -a, not (a < 0)))
    return out[::5]

print(floors(6))
m = -2 ** 63
q = 0
for d in (1, -1):
    try:
        q = m // d
        print(q, m % d, -m)
    except ZeroDivisionError:
        print("zero")

def mixed_ops(n):
    out = []
    x = 0
    for i in range(n):
        a = i * 0.5 + 1       # int * float, float + int
        b = i / 3             # int / int
        c = 2 ** 60 / (i + 1) # big int / int: exact division in tier 1
        d = (i - 2.5) * i     # float * int
        out.append((a, b, c, d))
        x = x + i / 7
    return out[-3:], x

print(mixed_ops(12))
try:
    for i in range(3):
        print(1 / (i - 1.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    for i in range(3):
        print(i / (i - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    for v in [1, 2.0, "x"]:
        print(v * 1.5)
except TypeError as e:
    print("TypeError:", e)

def kinds_change(vals):
    out = []
    for v in vals:
        out.append(v - 1)      # float - int first, then int - int must stay int
        out.append(v * 2)
    return out

print(kinds_change([2.5, 0, 3, 1.5, -1]))
