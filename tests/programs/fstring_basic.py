# f-string basics
name, n, pi = 'World', 42, 3.14159
print(f'Hello, {name}!', f'{n}', f'{n + 1}', f'{pi}', f'{name!r}', f'{[1, 2]}')
print(f'{n * 2} {name.upper()} {len(name)} {name[1:3]} {"nested" + "quotes"}')
print(f'{{literal}} {{{n}}} {n}{n}')
d = {'key': 'value'}
print(f"{d['key']} {d}")
print(f'{"a" if n > 40 else "b"}', f'{(lambda x: x * 2)(3)}', f'{", ".join(["x", "y"])}')
x = 10
print(f'{x:5}|{x:<5}|{x:^5}|{x:>5}|')
print(f'''triple {name}
line2''')
print(rf'raw \n {name}', fr'{n}\t')
print(f'{3.0}', f'{1e20}', f'{None}', f'{True}', f'{b"by"}')
print(f'{n:{"0"}{5}}', f'{"" or "empty"}')
class P:
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
    def __format__(self, spec):
        return 'P-format[' + spec + ']'
p = P()
print(f'{p}', f'{p!s}', f'{p!r}', f'{p:xyz}', str(p), repr(p), format(p, '>3'))
print(f'{"é"!a}', f'{"日本"!a}', f'{name!s:>8}', f'{name!r:>8}')
