# dict comprehensions
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
words = ['apple', 'bob', 'cat', 'apple', 'dog']
lengths = {w: len(w) for w in words}
print(lengths)
first_index = {}
for i, w in enumerate(words):
    first_index.setdefault(w, i)
print(first_index)
print({c: ord(c) for c in 'hey'})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: [x for x in range(k)] for k in range(4)})
swapped = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(swapped)
print({str(i): i % 3 == 0 for i in range(7)})
keys = ['x', 'y', 'z']
vals = [1, 2, 3]
print({k: v for k, v in zip(keys, vals)}, dict(zip(keys, vals)) == {k: v for k, v in zip(keys, vals)})
