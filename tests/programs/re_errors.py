# re.error messages and positions, template errors, and flag errors, as CPython 3.11.
import re

patterns = [
    "(", "a**", "*", "(?<x)", r"\q", "ab)", "a(?i)b", "[a", "[z-a]", "(?P<1>a)", "(?P=x)",
    r"(a)\2", r"(a\1)", "(?<=a*)", "(?<!a|bc)", "a{3,2}", "(?", "(?(1)a|b|c)", "(?(x)a)",
    r"\x1", "(?#abc", "\\", r"[\A]", "a{1}{2}", "a*?+", r"\b*", "(?P<a>x)(?P<a>y)",
    "(?i", "(?z)", "(?-i)", "(?i-i:a)", "(?P", "(?Px)", "(?P<", "(?P<a", r"\777", r"[\8]",
    "a|*", "(?(0)a)", "(?(1a)b)", r"[\d-z]", r"[a-\d]", "(?P<a>a)(?P=a", "(?P=)",
    r"(?<=(a)\1)", "(?L)", r"\12", "(?i:", "(?<", "x{99999999999}", "a\n(b", "((a)",
    "(?<=a)(?<!b)c", "a{,3}b{}", "[]a]", "[^]a]", "[a-]", "(?x)a # c\n*", "(?a)(?u)",
    r"\u00e9\U0001F600", r"\u12", "(?ui)", "a)(", "(?P<a-b>x)",
]
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups)
    except re.error as e:
        print(repr(p), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(p), type(e).__name__, e)

for p in [b"(?u)a", b"\\u0041", rb"[\w-a]", b"(?L)a"]:
    try:
        print(p, re.compile(p).flags)
    except re.error as e:
        print(p, "error:", e)

for flags in [re.L, re.A | re.U]:
    try:
        re.compile("a", flags)
    except ValueError as e:
        print("ValueError", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError", e)

templates = [r"\g<x>", r"\g<", r"\g<>", r"\g<1a>", r"\5", r"\q", "\\", r"\x41", r"\n\t",
             r"\0", r"\08", r"\101", r"\g<2>", r"\g", r"\g<-1>", r"\12", r"\400", r"\g<1>x\1"]
for t in templates:
    try:
        print(repr(t), repr(re.sub("(a)", t, "xay")))
    except re.error as e:
        print(repr(t), "error:", e)
    except IndexError as e:
        print(repr(t), "IndexError", e)

e = re.error("msg", "ab\ncd", 4)
print(str(e), e.lineno, e.colno, e.msg, e.pos)
print(isinstance(e, Exception), re.error.__name__)
try:
    re.compile("(" * 1000)
except RecursionError as e:
    print("RecursionError")
except re.error as e:
    print("error", e)
