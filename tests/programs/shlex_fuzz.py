# Generated corpus: shlex.split in every mode and quote round trips on random strings.
import random, shlex
r = random.Random(8)
CH = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', '\t', '$', '-', 'é', ';']
for i in range(3000):
    s = "".join(r.choice(CH) for _ in range(r.randint(0, 12)))
    out = []
    for comments in (False, True):
        for posix in (True, False):
            try:
                out.append(repr(shlex.split(s, comments=comments, posix=posix)))
            except ValueError as e:
                out.append("ValueError: " + str(e))
    q = shlex.quote(s)
    print(repr(s), *out, q, shlex.split(q) == [s] if s else True, sep=" | ")
