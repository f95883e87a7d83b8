# word frequency report
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = []
for raw in text.split():
    w = ''.join(c for c in raw.lower() if c.isalpha())
    if w:
        words.append(w)
print(len(words), 'words')
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in ranked[:8]:
    print(f'{w:<12}{n:>3} {"#" * n}')
print('unique:', len(freq))
longest = max(freq, key=lambda w: (len(w), w))
print('longest:', longest)
by_len = {}
for w in sorted(freq):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
