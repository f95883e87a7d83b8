# nested format specs and conversions
x, w, p = 3.14159265, 10, 3
print(f'[{x:{w}.{p}f}]', f'[{x:<{w}.{p}f}]', f'[{x:{w}}]', f'[{x:.{p}}]')
for width in range(4, 9, 2):
    for prec in (1, 2):
        print(f'[{x:{width}.{prec}f}]', end=' ')
    print()
fill, align = '*', '^'
print(f'[{"mid":{fill}{align}{w}}]', f'[{255:{"#x"}}]', f'[{255:{"#"}{"b"}}]')
items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('kiwi', 10.0, 1)]
for name, price, qty in items:
    print(f'{name:<8}|{price:>7.2f}|{qty:>4d}|{price * qty:>8.2f}')
s = 'tab\there'
print(f'{s!r}', f'{s!s}', f'{s!a}', f'{"ünï"!a}', f'{[s]!s}')
print(f'{s!r:>20}|', f'{42!r}', f'{42!s:>5}', f'{3.0!r}')
width = 6
print(f'{"|":>{width}}', f'{12345:>{width},}', f'{"x" * 3:{"-"}^{width + 2}}')
print(f"{'quote'}", f'{"""tri"""}', f'{1:{2}}' + '|')
