# re odds and ends: Scanner, replacement type errors, scanner(), copy, type hints,
# backtracking-heavy and long inputs (handled without crashing), deep nesting.
import copy
import re

s = re.Scanner([(r"\d+", lambda sc, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda sc, t: t.upper()), (r"=", "EQ")])
print(s.scan("12 ab = 7 !x"), s.scan(""))

for repl in [lambda m: 5, 5]:
    try:
        re.sub("a", repl, "xa")
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", lambda m: "x", b"xa")
except TypeError as e:
    print("TypeError", e)

sc = re.compile(r"\d+|x*").scanner("a12x3")
print([sc.search().span() for _ in range(4)], sc.search())
sc = re.compile(r"\w").scanner("ab c")
print(sc.match().group(), sc.match().group(), sc.match())

p = re.compile("a(b)")
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.Pattern[str], re.Match[bytes])
print(isinstance(p, re.Pattern), isinstance(p.match("ab"), re.Match), type(p).__name__, type(p.match("ab")).__name__)
print(p.groupindex, len(re.compile("(?P<x>a)").groupindex), dict(re.compile("(?P<x>a)(?P<y>b)").groupindex))

# Backtracking-heavy patterns and long subjects.
print(re.match(r"(a*)*b", "a" * 20), re.match(r"(?:a|aa)*c", "a" * 20))
print(len(re.match(r"(a|b)*", "ab" * 100000).group()), re.match(r"(?:(a)|b)*", "ab" * 50000).span())
print(re.search(r"x{1000}", "x" * 5000).span(), re.fullmatch(r"(?:a+)+", "a" * 50000) is not None)
print(re.sub(r"(\w)", r"<\1>", "ab" * 5)[:20], len(re.findall(r"\w+", "ab cd " * 20000)))
print(re.match("(?:" * 150 + "a" + ")" * 150, "a"), re.match("(" * 150 + "a" + ")" * 150, "a").lastindex)
print(re.search(r"(?<=\d{3})[a-z]+(?=!)", "12 345abc! 9x!").group())
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"), re.match(r"a++ab", "aab"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group(), re.match(r"(?P<q>')?\w+(?(q)')", "'ab'").group())
print(re.findall(r"(?i)(?<!\w)[a-z]+(?=\d)", "ab1 Cd2 ef g3"), re.findall(r"(?m)^\w+$", "ab\ncd e\nfg"))
print(re.findall(r"(?s)a.b", "a\nb"), re.findall(r"a.b", "a\nb"), re.findall(r"(?x) a  b  # comment", "ab"))
print(re.findall(r"\Bb\B|\bc", "abc c"), re.split(r"(?=b)", "abab"), re.sub(r"$", "!", "a\n"), re.sub(r"(?m)$", "!", "a\nb\n"))

# A tokenizer loop over a long non-ASCII text stays linear (groups are cut from the
# subject's cached code points rather than by slicing the str from its start).
text = "héllo wörld 123 " * 3000
tok = re.compile(r"\s*(\w+)")
pos = 0
words = []
while True:
    m = tok.match(text, pos)
    if m is None:
        break
    words.append(m.group(1))
    pos = m.end()
print(len(words), words[:3], words[-1], m is None, re.sub(r"ö", lambda m: m.group().upper(), text)[:20])

# Long reprs are cut as CPython cuts them.
print(repr(re.match("a+", "a" * 100)), repr(re.match(".+", "é" * 60)))
print(repr(re.compile("x" * 300, re.I)))
print(repr(re.match(b"a+", b"a" * 80)))
