# iter(callable, sentinel)
data = [3, 1, 4, 1, 5, 9, 0, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
print(pos[0])
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
print(list(iter(Dice([2, 5, 6, 3, 6]), 6)))
lines = iter(['first', 'second', '', 'after blank'])
print(list(iter(lambda: next(lines), '')))
print(next(lines))
counter = iter(range(100)).__next__
print(list(iter(counter, 5)))
it = iter(int, 1)
print(next(it), next(it))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
