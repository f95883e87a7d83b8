# Conway's game of life on a small torus
def step(cells, w, h):
    new = set()
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    for k, n in counts.items():
        if n == 3 or (n == 2 and k in cells):
            new.add(k)
    return new
def show(cells, w, h):
    for y in range(h):
        print(''.join('#' if (x, y) in cells else '.' for x in range(w)))
W, H = 8, 6
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = glider
for gen in range(5):
    print('generation', gen, 'population', len(cells))
    show(cells, W, H)
    cells = step(cells, W, H)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
cells = glider
history = []
for _ in range(96):
    cells = step(cells, W, H)
    history.append(cells == glider)
print(history.index(True) + 1, history.count(True), cells == glider, sorted(cells))
