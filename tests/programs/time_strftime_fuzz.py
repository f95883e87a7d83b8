# Generated corpus: time.strftime with random conversions, flags, widths and E/O modifiers,
# including unknown ones (copied as glibc copies them).
import random, time
r = random.Random(9)
chars = [chr(c) for c in range(33, 127)]
for i in range(1500):
    fmt = "".join(r.choice(["%" + r.choice(["", "", "-", "_", "0", "^", "#", "E", "O"]) + r.choice(chars), r.choice("ab %:")]) for _ in range(r.randint(1, 5)))
    t = (r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 61), r.randint(0, 6), r.randint(1, 366), r.randint(0, 1))
    try:
        out = repr(time.strftime(fmt, t))
    except Exception as e:
        out = type(e).__name__ + str(e)
    print(repr(fmt), out)
