# String- and dict-heavy text processing: generate a pseudo-random text from a
# seeded generator, then split it into words, count them with dicts and
# Counter, build n-grams, and format a report with f-strings and %-format.

import random
from collections import Counter, defaultdict

SYLLABLES = [
    "ka", "lo", "mi", "ten", "ra", "su", "ver", "no", "pa", "li",
    "dor", "e", "an", "qua", "zi", "bel", "or", "tis", "ma", "un",
]


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4)))
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def make_text(rng, vocab, n_sentences):
    # Zipf-like word choice: earlier vocabulary words are far more common.
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    sentences = []
    for _ in range(n_sentences):
        k = rng.randint(4, 14)
        ws = rng.choices(vocab, weights, k=k)
        s = " ".join(ws)
        sentences.append(s[0].upper() + s[1:] + rng.choice([".", ".", "!", "?"]))
    paragraphs = []
    for i in range(0, len(sentences), 7):
        paragraphs.append(" ".join(sentences[i : i + 7]))
    return "\n\n".join(paragraphs)


def tokenize(text):
    out = []
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(".!?,").lower()
            if w:
                out.append(w)
    return out


def main():
    rng = random.Random(20240611)
    vocab = make_vocabulary(rng, 600)
    text = make_text(rng, vocab, 22000)
    words = tokenize(text)

    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    counter = Counter(words)
    assert counter == Counter(counts)

    bigrams = defaultdict(int)
    for a, b in zip(words, words[1:]):
        bigrams[a + " " + b] += 1

    by_initial = defaultdict(list)
    for w in sorted(counts):
        by_initial[w[0]].append(w)

    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_bigrams = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    report = []
    for w, c in top:
        report.append(f"{w:>12} {c:6d} {c / len(words):8.4%}")
    for bg, c in top_bigrams:
        report.append("%-20s %5d" % (bg, c))
    for letter in sorted(by_initial):
        group = by_initial[letter]
        report.append(f"{letter}: {len(group)} words, longest {max(group, key=len)!r}")
    text2 = text.replace("ka", "KA").upper().lower()
    checksum = 0
    for line in report:
        for ch in line:
            checksum = (checksum * 131 + ord(ch)) % 1000000007
    print(
        "words",
        len(words),
        len(counts),
        len(bigrams),
        text.count("e"),
        len(text2),
        checksum,
    )
    print("\n".join(report[:3]))


main()
