from itertools import chain, zip_longest
print(list(chain([1, 2], 'ab', (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])), list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable(x * 2 for x in 'xy')))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'wxyz', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)), list(zip_longest()))
rows = [[1, 2, 3], [4], [5, 6]]
print([list(col) for col in zip_longest(*rows, fillvalue=None)])
c = chain('ab', 'cd')
print(next(c), next(c), next(c), list(c))
def gen():
    yield 'g1'
    yield 'g2'
print(list(chain(gen(), ['l']), ), sum(chain([1, 2], [3])))
