# splitlines with and without keepends
s = 'line1\nline2\r\nline3\rline4\n\nlast'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print('trailing\n'.splitlines(), 'trailing\n'.split('\n'))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(True))
print('a\x0bb\x0cc\x1cd\u2028e'.splitlines())
text = """first
second

fourth"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
