# nested comprehensions
matrix = [[i * 3 + j for j in range(3)] for i in range(4)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row if v % 2])
print([(a, b) for a in range(3) for b in range(a)])
print([[(r, c) for c in range(r + 1)] for r in range(3)])
print({r: [c for c in range(r)] for r in range(4)})
print([x for x in [y * 2 for y in range(5)] if x > 2])
print(sorted({(a, b) for a in 'ab' for b in 'ab' if a != b}))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
flat = [ch for word in ['hi', 'yo'] for ch in word]
print(flat)
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
print(sum(sum(row) for row in matrix), max(max(r) for r in matrix))
