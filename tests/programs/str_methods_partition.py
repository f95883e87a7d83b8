# partition / rpartition
for s in ['key=value', 'a=b=c', 'novalue', '=x', 'x=', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('path/to/file.txt'.rpartition('/'), 'path/to/file.txt'.partition('/'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
