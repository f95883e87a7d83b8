# The re module's Python-level surface: functions, Pattern and Match objects, flags.
import re

p = re.compile(r"(?P<word>\w+)\s+(?P<num>\d+)?")
print(repr(p), p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
m = p.search("  hello 42 world")
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("num"), m.group(1, "num", 0))
print(m[0], m["word"], m[2])
print(m.groups(), m.groupdict(), m.span(), m.span(1), m.start("num"), m.end(2))
print(m.lastindex, m.lastgroup, m.re is p, m.string, m.pos, m.endpos, m.regs)
m = p.search("  hello world")
print(m.groups(), m.groups("-"), m.groupdict("?"), m.span(2), m.start(2), m.lastindex, m.lastgroup)
print(m.expand(r"<\g<word>|\1|\g<0>|\g<num>>"))
try:
    m.group(3)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)

print(re.match("a+", "aaab"), re.match("a+", "baaa"))
print(re.fullmatch("a|ab", "ab"), re.fullmatch("a+", "aab"))
print(re.search("b+", "aabbbc").span())
print(re.compile("b").match("abc", 1), re.compile("b").match("abc", 2))
print(re.compile("c$").search("abcd", 0, 3), re.compile("^b").search("ab", 1))
print(re.compile("(?<=a)b").search("ab", 1), re.compile("ab").search("ab", 1))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c"), re.findall(r"(a)|b", "ab"))
print(re.findall("x*", "axxb"), re.findall("", "abc"), re.findall("x*|a", "a"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  e")])
print(re.sub(r"\d", "#", "a1b2c3"), re.sub(r"\d", "#", "a1b2c3", 2), re.subn("x*", "-", "abxd"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home bob@work"))
print(re.sub(r"(?P<a>\w)", r"\g<a>\g<a>", "abc"), re.sub("a", r"\n\t\\", "xay"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("", "-", "abc"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split("x*", "axbc"), re.split("(a)|b", "xaybz"))
print(re.split(r"\b", "ab cd"), re.split("", "abc"))
print(re.escape("a.b*c?d(e)[f]{g}|h^i$j\\k l-m#n&o~p"), re.escape(b"a.b c"))
print(re.escape("100% _ok_ é"))

print(repr(re.I), repr(re.I | re.M), repr(re.NOFLAG), str(re.S), re.I == 2, int(re.X), re.A.value, re.I.name)
print(repr(re.compile("a", re.I | re.M)), repr(re.compile(b"a", re.I)), repr(re.compile("a", re.U)))
print(repr(re.compile("(?i)a")), re.compile("(?i)a").flags, re.compile("a").flags, re.compile(b"a").flags)
print(re.compile("a", re.A | re.S).flags, re.compile("(?x) a b ").match("ab"))

# bytes
bp = re.compile(rb"(\w+)=(\d+)")
bm = bp.search(b"key=123;")
print(repr(bm), bm.groups(), bp.findall(b"a=1 b=2"), bp.sub(rb"\2=\1", b"a=1 b=2"))
print(re.split(rb",", b"a,b,c"), re.match(rb"\xff", b"\xff"))
try:
    bp.search("str")
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", b"a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)

# caching and compiled patterns as arguments
print(re.compile(p) is p, re.search(p, "x 1").group(), re.compile("abc") == re.compile("abc"))
re.purge()
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

# scanner-style tokenizer with pos
tok = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
pos = 0
text = "x = 12 + foo(3)"
out = []
while pos < len(text):
    m = tok.match(text, pos)
    out.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(out)

# non-ASCII subjects: indices are code points
m = re.search("(é+)(ü)", "aéééüb")
print(m.span(), m.span(1), m.groups(), re.findall(r"\w+", "héllo wörld 123"), re.sub("ö", "o", "wörld"))
print(re.match(r"(?i)straße", "STRAßE"), re.findall(r"\d", "a٣b1"), re.findall(r"(?a)\w+", "héllo"))
print(re.search(r"\s+", "a\u3000b").span(), re.split("é", "aébéc"))

# Match attributes and misc
m = re.match(r"(a)(b)?", "ac")
print(m.lastindex, m.groups(), m.span(2), bool(m))
print(re.match("((a)b)", "ab").lastindex, re.match("(a)|(b)", "b").lastindex)
print(re.compile(r"(?P<x>a)(?P<y>b)").match("ab").lastgroup)
print(re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe").groupdict())
