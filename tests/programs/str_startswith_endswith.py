# startswith / endswith
s = 'hello_world.py'
print(s.startswith('hello'), s.startswith('world'), s.endswith('.py'), s.endswith('.txt'))
print(s.startswith(('a', 'h')), s.endswith(('.txt', '.py')), s.startswith(()), s.endswith(('',)))
print(s.startswith('world', 6), s.startswith('world', 6, 8), s.endswith('hello', 0, 5), s.endswith('o', -4, -3))
print(''.startswith(''), 'a'.startswith(''), ''.endswith('a'))
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc', 'e.md']
print([f for f in files if f.lower().endswith(('.py', '.md'))])
try:
    s.startswith(['hello'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
