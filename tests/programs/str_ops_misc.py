# concatenation, repetition, comparison, iteration, membership
a, b = 'abc', 'xyz'
print(a + b, a * 3, 3 * a, a * 0, repr(a * -1), len(a * 100))
print(a < b, a == 'abc', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'a' > 'B', '' < 'a')
print(min('hello'), max('hello'), sorted('hello'), list('hi'), tuple('ab'))
for c in 'hey':
    print(c, end='.')
print()
print('ell' in 'hello', 'z' not in 'hello', 'hello'.startswith('he'))
s = 'x'
s += 'y'
s *= 2
print(s)
print(str(123), str(-4.5), str([1, 'a']), str(None), str(True), str('s'))
print(len(''), len('a\nb'), len('\\'), len(r'\n'))
print('a' 'b' 'c', r'raw\n', 'tab\there', 'quote\'s', "dq\"s")
print('%s' % 'pct', 'abc'[1] * 3)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
