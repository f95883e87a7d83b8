# nested lists, aliasing, list * n pitfalls
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][2] = 5
print(bad, bad[0] is bad[1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [m[i][i] for i in range(3)])
t = [list(r) for r in zip(*m)]
print(t)
print(sum(m, []), [x for row in m for x in row if x % 2])
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep), str(deep))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), flatten([[], [[]], [1, [2]]]))
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
r = [1]
r.append(r)
print(r, r[1][1][0])
d = {'k': [1]}
d['k'].append(2)
print(d)
