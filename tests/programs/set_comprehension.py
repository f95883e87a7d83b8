# set comprehensions
sq = {x * x for x in range(-4, 5)}
print(sorted(sq), len(sq))
print(sorted({c.lower() for c in 'Hello World' if c.isalpha()}))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
print(sorted({n % 7 for n in range(100)}))
words = 'the cat and the hat and the bat'.split()
print(sorted({w for w in words if words.count(w) > 1}))
print(type({x for x in ''}).__name__, {x for x in ''} == set())
