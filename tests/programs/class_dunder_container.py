# container protocol dunders
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print('getitem', key)
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError('grid index out of range')
            return self.cells.get(key, '.')
        raise TypeError('need tuple')
    def __setitem__(self, key, value):
        print('setitem', key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print('delitem', key)
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
g = Grid(3, 2)
g[0, 0] = 'X'
g[2, 1] = 'O'
print(g[0, 0], g[1, 1], len(g), 'X' in g, 'Z' in g, 'Z' not in g)
del g[0, 0]
print(len(g), 'X' in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s, [x for x in s])
class Slicer:
    def __getitem__(self, k):
        return k
sl = Slicer()
print(sl[1], sl[1:2], sl[::2], sl[1, 2:3], sl['key'], sl[...])
