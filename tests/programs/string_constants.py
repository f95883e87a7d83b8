import string
print(string.ascii_letters)
print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable), len(string.punctuation), len(string.ascii_letters))
print(all(c in string.printable for c in 'Hello, World!'))
print(''.join(c for c in 'H3ll0 W0rld!' if c in string.ascii_letters))
table = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(table['z'], [string.ascii_uppercase[(table[c] + 3) % 26] for c in 'xyz'])
print(sorted(set('Hello, World!') & set(string.punctuation)))
