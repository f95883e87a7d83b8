# KeyError with a non-string key prints its repr
grid = {(0, 0): 'start', (1, 0): 'path'}
print(grid[(0, 0)], grid[(1, 0)])
print(grid[(2, 5)])
