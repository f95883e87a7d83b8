# vars, id-free identity checks, iter/next, misc builtins
class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
v = vars(p)
print(v, type(v).__name__)
v['c'] = 3
print(p.c)
print(len([1, 2]), len('abc'), len({}), len(range(5)), len((1,)), len(b'xy'), len({1, 2}), len(frozenset()))
print(isinstance(iter([]), object), next(iter('z')), list(iter((1, 2))))
print(divmod(9, 4), pow(9, 0.5), round(9.5), abs(-9))
print(ascii('plain'), ascii('ñ'), repr('ñ'))
print(bin(10), oct(10), hex(10), chr(10) == '\n', ord('\t'))
print(format(10, '04d'), str(10).zfill(4), '%04d' % 10)
print(sorted(vars(P)) == sorted(P.__dict__), 'c' in vars(p))
