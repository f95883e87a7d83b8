#!/usr/bin/env python3
"""Generates tests/programs/re_corpus.py: a comparison corpus for tessera's `re`.

Usage:  python3 tests/gen/re_corpus_gen.py   (then regenerate.py re_corpus)

Random patterns are drawn from a small grammar of regex features (literals, classes,
escapes, groups, alternation, every quantifier form, backreferences, lookarounds, atomic
groups, conditionals, anchors, inline flags), plus mutated patterns that are usually
syntax errors, and random subjects over small alphabets. For each (pattern, flags,
subjects) case the CPython running this script records search/match/fullmatch spans
and groups, findall, sub, subn with a template, split, or the error raised; the
generated program replays every case and prints the cases whose results differ.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "programs", "re_corpus.py")

SEED = 1511
N_CASES = 4500

ALPHA = "abc"
SUBJ_ALPHA = ["ab", "abc", "abcA", "ab \n", "aB1_ -", "abc\n"]
# Non-ASCII subjects (case pairs, a digit and a space outside ASCII).
WIDE_ALPHA = ["a\u00e9\u00c9b", "\u00df\u0161\u0160 a", "\u0663a\u3000\u00e9"]
N_WIDE = 600
N_BACKTRACK = 600
N_SYNTAX = 2000
N_BYTES = 600


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.groups = 0
        self.closed = []
        self.names = []

    def atom(self, depth):
        r = self.r
        k = r.random()
        if depth > 2 or k < 0.45:
            return r.choice(
                [r.choice(ALPHA)] * 6
                + [".", "[ab]", "[^a]", "[a-c]", "[b-cA]", r"\d", r"\w", r"\s", r"\W",
                   "A", "B", r"\.", "[.]", r"[\w-]", " ", r"\n", "[^\\n]"]
            )
        if k < 0.55:
            return r.choice(["^", "$", r"\b", r"\B", r"\A", r"\Z"])
        if k < 0.62 and self.closed:
            g = r.choice(self.closed)
            if r.random() < 0.3 and any(n for n, i in self.names if i == g):
                n = [n for n, i in self.names if i == g][0]
                return "(?P=%s)" % n
            return "\\%d" % g
        if k < 0.68:
            body = r.choice(ALPHA) * r.choice([1, 1, 2])
            if r.random() < 0.3:
                body = "%s|%s" % (r.choice(ALPHA), r.choice(ALPHA))
            kind = r.choice(["?=", "?!", "?<=", "?<!"])
            return "(%s%s)" % (kind, body)
        if k < 0.72:
            return "(?>%s)" % self.seq(depth + 1)
        if k < 0.76 and self.closed:
            g = r.choice(self.closed)
            yes = self.seq(depth + 1)
            if r.random() < 0.6:
                return "(?(%d)%s|%s)" % (g, yes, self.seq(depth + 1))
            return "(?(%d)%s)" % (g, yes)
        if k < 0.8:
            fl = r.choice(["i", "s", "m", "-i", "i-s", "x"])
            return "(?%s:%s)" % (fl, self.alt(depth + 1))
        # A group.
        kind = r.random()
        if kind < 0.25:
            return "(?:%s)" % self.alt(depth + 1)
        self.groups += 1
        g = self.groups
        name = ""
        if kind < 0.4:
            name = "?P<n%d>" % g
            self.names.append(("n%d" % g, g))
        body = self.alt(depth + 1)
        self.closed.append(g)
        return "(%s%s)" % (name, body)

    def quant(self):
        r = self.r
        q = r.choice(["*", "+", "?", "{2}", "{1,2}", "{0,3}", "{2,}", "{,2}"])
        m = r.random()
        if m < 0.25:
            q += "?"
        elif m < 0.35:
            q += "+"
        return q

    def piece(self, depth):
        a = self.atom(depth)
        if self.r.random() < 0.35 and a not in ("^", "$", r"\b", r"\B", r"\A", r"\Z"):
            a += self.quant()
        return a

    def seq(self, depth):
        return "".join(self.piece(depth) for _ in range(self.r.choice([1, 1, 2, 2, 3])))

    def alt(self, depth):
        s = self.seq(depth)
        while self.r.random() < 0.25:
            s += "|" + self.seq(depth)
        return s


def mutate(r, p):
    chars = "()[]{}?*+|\\^$.-:<>=!P#0123456789gaix,"
    for _ in range(r.choice([1, 1, 2])):
        op = r.random()
        i = r.randrange(len(p) + 1)
        if op < 0.4 and p:
            p = p[:i] + p[i + 1:]
        elif op < 0.8:
            p = p[:i] + r.choice(chars) + p[i:]
        else:
            p = p[:i] + r.choice(["(?", "(?P<", "\\", "[", "{", "(?<", "(?(", "\\g"]) + p[i:]
    return p


# Cases where tessera knowingly differs from CPython, left out of the corpus:
# CPython's matcher does not restore a group's earlier value when an alternative that
# overwrote it fails inside a later repeat iteration (it only resets its "last mark"), so
# that group keeps the failed alternative's span; tessera restores the earlier span.
KNOWN_DIFFERENCES = {
    r"([.](?P<n2>\d\n)c{2,}|(\n(?(2)\n{1,2}?\W|[.][^\n]+\w?)|[\w-]|(?<!a|a){,2})[a-c][\w-]"
    r"|[^\n]{,2}b{,2}?|[a-c]{2}){1,2}+",
}


def make_cases():
    r = random.Random(SEED)
    cases = []
    seen = set()
    while len(cases) < N_CASES:
        g = Gen(r)
        p = g.alt(0)
        if r.random() < 0.15:
            p = "(?%s)" % r.choice(["i", "m", "s", "x", "im", "a"]) + p
        if r.random() < 0.12:
            p = mutate(r, p)
        flags = r.choice([0] * 6 + [re.I, re.M, re.S, re.I | re.M, re.X, re.A])
        alpha = r.choice(SUBJ_ALPHA)
        subjects = ["".join(r.choice(alpha) for _ in range(r.randrange(0, 9)))
                    for _ in range(3)]
        kind = len(cases)
        if N_CASES - N_WIDE - N_BYTES <= kind < N_CASES - N_BYTES:
            alpha = r.choice(WIDE_ALPHA) + "ab"
            subjects = ["".join(r.choice(alpha) for _ in range(r.randrange(0, 9)))
                        for _ in range(3)]
            p = p.replace("A", "\u00c9").replace("B", "\u00e9")
        elif kind >= N_CASES - N_BYTES:
            if flags & re.A:
                flags = 0
            if "(?a)" in p:
                continue
            p = p.encode("latin-1")
            subjects = [s.encode("latin-1") for s in subjects]
        key = (p, flags)
        if key in seen or p in KNOWN_DIFFERENCES:
            continue
        seen.add(key)
        cases.append((p, int(flags), subjects))
    return cases


# The same function runs under CPython (here) and under tessera (in the generated program).
DESCRIBE = r'''
def describe(p, flags, subjects):
    out = []
    try:
        c = re.compile(p, flags)
    except re.error as e:
        return "error: %s | %r" % (e, e.pos)
    except (ValueError, OverflowError) as e:
        return "%s: %s" % (type(e).__name__, e)
    out.append("g=%d %r %d" % (c.groups, sorted(c.groupindex.items()), c.flags))
    for s in subjects:
        m = c.search(s, 1, len(s) - 1)
        out.append("-" if m is None else "%r%r%r" % (m.span(), m.groups(), m.groupdict()))
        m = c.match(s, 2)
        out.append("-" if m is None else "%r%r%r" % (m.span(), m.lastgroup, m.pos))
        for f in (c.search, c.match, c.fullmatch):
            m = f(s)
            if m is None:
                out.append("-")
            else:
                out.append("%r%r%r" % (m.span(), m.groups(), m.lastindex))
        out.append(repr(c.findall(s)))
        out.append(repr([m.span() for m in c.finditer(s)]))
        try:
            t1 = "<\\g<0>>"
            t2 = "[\\%d]" % c.groups
            if isinstance(p, bytes):
                t1 = t1.encode()
                t2 = t2.encode()
            out.append(repr(c.subn(t1, s)))
            if c.groups:
                out.append(repr(c.sub(t2, s, 2)))
        except re.error as e:
            out.append("suberror: %s" % e)
        out.append(repr(c.split(s)))
    return "\n".join(out)
'''


BT_ATOMS = ["a", "b", "ab", "a|b", "a|ab", "ab|a", "b?", "a*", "(a)", "(b)", "(a|b)", "(?:a|b)"]


def backtracking_cases(r, n):
    """Nested quantifiers and backreferences over longer subjects: patterns whose match
    depends on the order alternatives and repeat counts are tried in."""
    cases = []
    while len(cases) < n:
        parts = []
        groups = 0
        for _ in range(r.randint(1, 4)):
            a = r.choice(BT_ATOMS)
            if r.random() < 0.5:
                groups += 1
                a = "(%s)" % a
            else:
                a = "(?:%s)" % a
            a += r.choice(["*", "+", "?", "*?", "+?", "??", "{1,3}", "{2,}?", "*+", "{0,2}+"])
            parts.append(a)
            if groups and r.random() < 0.25:
                parts.append("\\%d" % r.randint(1, groups))
        p = "".join(parts)
        if r.random() < 0.3:
            p = "(?:%s)+" % p if r.random() < 0.5 else "(%s)*?c?" % p
        if r.random() < 0.3:
            p += r.choice(["$", "b", "c", "\\b"])
        subjects = ["".join(r.choice("aab") for _ in range(r.randint(5, 12))) for _ in range(2)]
        subjects.append(subjects[0] + "c")
        cases.append((p, r.choice([0, 0, int(re.I)]), subjects))
    return cases


def syntax_cases(r, n):
    """Heavily mutated patterns, str and bytes, compiled only: re.error messages and
    positions, and which of several errors CPython reports first."""
    cases = []
    while len(cases) < n:
        g = Gen(r)
        p = g.alt(0)
        for _ in range(r.randint(1, 4)):
            p = mutate(r, p)
        if r.random() < 0.3:
            p = r.choice(["(?x)", "(?i)", "(?a)", "(?u)", "(?L)", "(?s", "(?-x:", ""]) + p
        if r.random() < 0.5:
            p = p.encode("latin-1", "replace")
        cases.append((p, 0, []))
    return cases


def main():
    ns = {"re": re}
    exec(DESCRIBE, ns)
    describe = ns["describe"]
    cases = (make_cases() + backtracking_cases(random.Random(SEED + 1), N_BACKTRACK)
             + syntax_cases(random.Random(SEED + 2), N_SYNTAX))
    lines = [
        "# generated by python3 tests/gen/re_corpus_gen.py; do not edit",
        "# Replays regex cases against CPython 3.11's recorded results.",
        "import re",
        DESCRIBE,
        "CASES = [",
    ]
    import signal

    class Slow(Exception):
        pass

    def alarm(*_):
        raise Slow

    signal.signal(signal.SIGALRM, alarm)
    kept = 0
    for p, flags, subjects in cases:
        # Cases that backtrack exponentially take too long for a test: left out.
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        try:
            expected = describe(p, flags, subjects)
        except Slow:
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        lines.append("    (%r, %d, %r, %r)," % (p, flags, subjects, expected))
        kept += 1
    lines.append("]")
    lines.append(r'''
bad = 0
for p, flags, subjects, expected in CASES:
    try:
        got = describe(p, flags, subjects)
    except Exception as e:
        got = "raised %s: %s" % (type(e).__name__, e)
    if got != expected:
        bad += 1
        print("MISMATCH", repr(p), flags, subjects)
        print("  expected:", expected.replace("\n", " ; "))
        print("  got:     ", got.replace("\n", " ; "))
print(len(CASES), "cases,", bad, "mismatches")
''')
    with open(OUT, "w") as f:
        f.write("\n".join(lines))
    print("wrote", OUT, kept, "cases")


if __name__ == "__main__":
    main()
