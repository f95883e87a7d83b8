# shuffle and sample with seeds
import random
random.seed(10)
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
random.seed(11)
print(random.sample(range(100), 5), random.sample('abcdefg', 3), random.sample([1, 2, 3], 3))
random.seed(12)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
random.shuffle(words)
print(words)
print(sorted(random.sample(words, 2)), len(random.sample(range(10**6), 10)))
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(type(e).__name__, e)
random.seed(13)
counts = [0] * 6
for _ in range(600):
    counts[random.randint(0, 5)] += 1
print(counts, sum(counts))
random.seed(99)
grid = [[random.randint(0, 9) for _ in range(5)] for _ in range(3)]
print(grid)
print(random.sample(grid[0], 2), random.uniform(0, 100), random.randrange(1000, 0, -3))
