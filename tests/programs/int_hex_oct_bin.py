# hex/oct/bin and round-trips
for n in (0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2**64, -(2**64) + 1):
    print(n, hex(n), oct(n), bin(n))
print(hex(2**200))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(0x_FF, 0o_17, 0b_1010, 1_000)
print(0XAB, 0O17, 0B11)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, 'x'), format(255, '#x'), format(255, 'b'), format(255, 'o'))
