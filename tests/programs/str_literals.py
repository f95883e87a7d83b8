# string literal forms
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" """
print(a, b, c, d)
print('implicit' ' concat' " mixed", len('a' 'b'))
long = ('line one, '
        'line two')
print(long)
print('continued \
here')
print(r'C:\new\table', R'\d+', rb'\x00', br'raw\bytes')
print('\x41\101\u0041\U00000041\N{LATIN CAPITAL LETTER A}')
print('tab:\t|', 'nl escaped:\\n', 'quote:\'', "dq:\"", 'bell-less \\a')
print(len('\n'), len(r'\n'), len('\\'), len('\x00'), repr('\0'))
empty = ''
print(repr(empty), repr(""), repr(''''''), bool(empty))
print("it's", 'say "x"', '''both ' and "''')
multi = """
first
  indented
"""
print(repr(multi), multi.count('\n'))
print(f'{"fstr"}' 'plain' f'{1 + 1}')
