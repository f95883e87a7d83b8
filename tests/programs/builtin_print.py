# print() with sep, end, file, flush
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='\n', end='\n---\n')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, 'str', b'b')
print(*range(5))
print(*'abc', sep='|')
print('multi\nline')
print(sep='ignored')
print('', end='')
print('end with tab', end='\t|\n')
print('to stdout explicitly', file=sys.stdout)
print('to stderr (not compared)', file=sys.stderr)
print('flushed', flush=True)
print(None, sep=None, end=None)
print('a', 'b', sep=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
print('é', '日本', '😀')
