# center / ljust / rjust / zfill
for w in (0, 3, 6, 7, 10):
    print('|' + 'abc'.center(w) + '|' + 'abc'.ljust(w) + '|' + 'abc'.rjust(w) + '|')
print('|' + 'ab'.center(5, '*') + '|' + 'ab'.center(6, '*') + '|' + 'abc'.center(6, '*') + '|')
print('x'.ljust(4, '.'), 'x'.rjust(4, '.'), ''.center(3, '#'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '12345'.zfill(3), ''.zfill(2), '-'.zfill(3))
try:
    'x'.center(5, '**')
except TypeError as e:
    print(type(e).__name__, e)
for name, qty in [('apple', 3), ('kiwi', 12), ('watermelon', 1)]:
    print(name.ljust(12, '.') + str(qty).rjust(4))
print('a\tb\tc'.expandtabs(4), 'ab\tc'.expandtabs())
