# Regex-heavy text processing: generate a pseudo-random source text from a seeded
# generator, then tokenize it with findall and with a match(pos) scanner loop, rewrite
# it with sub (templates and a callable), split it, and search it for dates and emails.

import random
import re

WORDS = [
    "alpha", "beta", "gamma", "delta", "total", "count", "value", "index", "result",
    "print", "return", "while", "for", "if", "else", "lambda", "Widget", "Frame",
]


def make_text(rng, n_lines):
    lines = []
    for i in range(n_lines):
        k = rng.randint(3, 10)
        parts = []
        for _ in range(k):
            r = rng.random()
            if r < 0.45:
                parts.append(rng.choice(WORDS) + (str(rng.randint(0, 99)) if rng.random() < 0.2 else ""))
            elif r < 0.65:
                parts.append(str(rng.randint(0, 100000)))
            elif r < 0.72:
                parts.append("%d.%d" % (rng.randint(0, 999), rng.randint(0, 99)))
            elif r < 0.8:
                parts.append(rng.choice(["+", "-", "*", "/", "==", "<=", "(", ")", ",", ":"]))
            elif r < 0.86:
                parts.append("'%s'" % rng.choice(WORDS))
            elif r < 0.92:
                parts.append("%s@%s.org" % (rng.choice(WORDS), rng.choice(WORDS)))
            else:
                parts.append("%04d-%02d-%02d" % (rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28)))
        lines.append(" " * (4 * rng.randint(0, 3)) + " ".join(parts) + ("  # note %d" % i if rng.random() < 0.1 else ""))
    return "\n".join(lines) + "\n"


TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<string>'[^'\n]*')
  | (?P<op>==|<=|>=|[-+*/(),:@.])
  | (?P<comment>\#[^\n]*)
  | (?P<ws>[ \t]+)
  | (?P<newline>\n)
  | (?P<other>.)
""", re.VERBOSE)


def scan(text):
    counts = {}
    pos = 0
    n = len(text)
    match = TOKEN.match
    while pos < n:
        m = match(text, pos)
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
        pos = m.end()
    return counts


def main():
    rng = random.Random(2024)
    text = make_text(rng, 6000)
    print("chars", len(text))
    words = re.findall(r"[A-Za-z_]\w*", text)
    numbers = re.findall(r"\b\d+(?:\.\d+)?\b", text)
    print("words", len(words), "numbers", len(numbers), sum(float(x) for x in numbers[:1000]))
    pairs = re.findall(r"(\w+)@(\w+)\.org", text)
    print("emails", len(pairs), sorted(set(p[1] for p in pairs))[:3])
    dates = [m.groups() for m in re.finditer(r"(\d{4})-(\d\d)-(\d\d)", text)]
    print("dates", len(dates), max(dates), min(dates))
    counts = scan(text)
    print("tokens", sorted(counts.items()))
    swapped = re.sub(r"(\w+)@(\w+)\.org", r"\2 at \1", text)
    print("sub", len(swapped), swapped.count(" at "))
    upper = re.sub(r"\b[a-z]+\b", lambda m: m.group().upper() if len(m.group()) > 5 else m.group(), text)
    print("callable sub", sum(1 for c in upper if c.isupper()))
    stripped, n = re.subn(r"[ \t]+$|^[ \t]+", "", text, flags=re.M)
    print("subn", n, len(stripped))
    fields = re.split(r"\s*[,:]\s*|\s+", text)
    print("split", len(fields), fields[:5])
    idents = re.compile(r"(?i)\b(?:total|count)\d*\b")
    print("ignorecase", len(idents.findall(text)))
    lines = text.splitlines()
    indented = sum(1 for line in lines if re.match(r"( {4})+\S", line))
    comment = sum(1 for line in lines if re.search(r"#\s*note\s+\d+$", line))
    print("lines", indented, comment)
    counts = scan(text)
    print("rescan", sum(counts.values()))


main()
