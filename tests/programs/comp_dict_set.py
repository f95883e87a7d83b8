# dict and set comprehensions with conditions
text = 'the rain in spain stays mainly in the plain'
freq = {w: text.split().count(w) for w in text.split()}
print(freq)
print({w: n for w, n in freq.items() if n > 1})
print(sorted({w[0] for w in text.split()}))
print(sorted({len(w) for w in text.split() if 'ai' in w}))
print({i: chr(65 + i) for i in range(5)})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print({x: x ** 2 for x in range(10) if x % 3 == 0})
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
print(sorted({(x * y) % 5 for x in range(5) for y in range(5)}))
print({k: sorted(v) for k, v in {'b': {3, 1}, 'a': {2}}.items()})
