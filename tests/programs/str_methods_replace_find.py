# replace, find, rfind, index, rindex, count
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('x', 'y'))
print('aaa'.replace('a', 'bb'), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print(s.find('two'), s.find('two', 5), s.find('two', 5, 10), s.find('zzz'), s.find(''), s.find('', 100))
print(s.rfind('one'), s.rfind('one', 0, 10), s.rfind('zzz'), s.rfind(''))
print(s.index('two'), s.rindex('two'), s.index('one', 1))
print(s.count('one'), s.count('o'), s.count(''), 'aaaa'.count('aa'), s.count('one', 1), s.count('one', 0, 3))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('lo', -3), 'hello'.find('h', -3))
try:
    s.index('zzz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('zzz')
except ValueError as e:
    print(type(e).__name__, e)
print('abc' in 'xxabcxx', '' in 'abc', 'abd' not in 'abcd')
print('tic-tac-toe'.replace('-', ''), 'a.b.c'.replace('.', '::', 1))
