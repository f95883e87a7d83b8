# join and strip family
print(', '.join(['a', 'b', 'c']), ''.join(['x', 'y']), '-'.join('abc'), '+'.join([]))
print(' '.join(str(i) for i in range(5)))
print('/'.join(('usr', 'local', 'bin')), '\n'.join(['l1', 'l2']))
print(','.join({'k1': 1, 'k2': 2}))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xxhixx'.lstrip('x')), repr('xxhixx'.rstrip('x')))
print(repr('abcHELLOcba'.strip('abc')), repr('www.example.com'.strip('cmowz.')))
print(repr(''.strip()), repr('   '.strip()), repr('aaa'.strip('a')))
print(repr('  x  '.strip(None)), repr('--x--'.strip('-x')))
print(repr('prefix_name'.removeprefix('prefix_')), repr('file.txt'.removesuffix('.txt')), repr('abc'.removeprefix('z')))
