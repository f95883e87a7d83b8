# integer presentation types, sign, #, grouping
n = 255
print(f'{n:d} {n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X} {n:c}')
print(f'{-n:d} {-n:b} {-n:#x} {-n:#o}')
print(f'{n:+d} {n: d} {-n: d} {n:-d} {0:+d}')
print(f'{1234567:,} {1234567:_} {1234567:_x} {0xFFFFFFFF:_x} {1234567:,d} {-1234567:,}')
print(f'{1234567:15,} {1234567:<15,}| {1234567:015,} {123:010_}')
print(f'{n:#010b} {n:#010x} {n:<#8x}| {n:^#8o}|')
print(f'{2**70:,} {2**70:x} {-2**70:#o}')
print(f'{65:c}{66:c}{9731:c}', f'{True:d}', f'{False:5}|')
print(f'{42:10d}|{42:<10d}|{42:^10d}|')
for fmt in ['d', 'x', 'b', 'o', 'X', ',', '08', '+', ' ']:
    print(fmt, format(1000, fmt), format(-1000, fmt))
try:
    f'{1.5:d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{"s":d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{10:s}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{10:,b}'
except ValueError as e:
    print(type(e).__name__, e)
