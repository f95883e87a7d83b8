# chr, ord, hex, oct, bin conversions
print([chr(i) for i in range(65, 75)], [ord(c) for c in 'AZaz09'])
print(hex(0), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**64), oct(2**30), bin(2**20))
print(int(hex(999), 16), int(oct(999), 8), int(bin(999), 2))
print(''.join(chr(c) for c in [80, 121, 116, 104, 111, 110]))
print(hex(ord('€')), chr(0x20AC), '\u20ac')
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), list(range(100))[Idx()], 'ab' * Idx() == 'ab' * 42, range(Idx())[-1])
for bad in [lambda: hex('a'), lambda: bin(1.0), lambda: ord(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
