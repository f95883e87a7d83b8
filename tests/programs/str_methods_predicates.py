# is* predicates
tests = ['abc', 'ABC', 'Abc', 'Abc Def', 'abc123', '123', '12.5', '', ' ', '\t\n', 'a b', '½', '²', '٣', 'éa', '_id', '2ab', 'class', 'Hello World', 'HELLO WORLD', 'hello world', 'ABC1', 'a_b1']
names = ['isdigit', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isdecimal', 'isnumeric', 'isidentifier', 'isascii', 'isprintable']
print(' '.join(n[2:6] for n in names))
for t in tests:
    row = []
    for n in names:
        row.append('T' if getattr(t, n)() else '.')
    print(repr(t).ljust(15), '    '.join(row))
