# split / rsplit
s = '  the quick  brown\tfox\n jumps '
print(s.split())
print(s.split(' '))
print('a,b,,c,'.split(','))
print('a,b,,c,'.split(',', 1), 'a,b,,c,'.split(',', maxsplit=2))
print('a,b,,c,'.rsplit(',', 1), 'a,b,,c,'.rsplit(',', maxsplit=2))
print('a b c d'.rsplit(None, 2), 'a b c d'.split(None, 2))
print('  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print(''.split(), ''.split(','), '   '.split(), ','.split(','))
print('one::two::three'.split('::'), 'abcabc'.split('bc'))
print('x'.split('x'), 'xx'.split('x'), 'axbxc'.split('x', 0))
print('1 2 3'.split(' ', -1), 'a-b-c'.rsplit('-', -1))
print('mississippi'.split('ss'), 'mississippi'.rsplit('i', 2))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
line = 'name=Bob;age=42;city=Oslo'
pairs = [kv.split('=') for kv in line.split(';')]
print(pairs)
print(dict(pairs))
print([int(x) for x in '10 20 30'.split()])
