# int.bit_length and friends
for n in (0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -128, -129, 2**64 - 1, 2**64, 10**100):
    print(n if abs(n) < 10**20 else 'big', n.bit_length())
print((5).bit_count(), (-5).bit_count(), (2**100 - 1).bit_count())
print((10).real, (10).imag, (10).numerator, (10).denominator)
print((-7).conjugate())
print(int.bit_length(1024))
print((12).as_integer_ratio())
x = 1
for _ in range(10):
    x = x * 10 + 1
    print(x.bit_length(), end=' ')
print()
