# repr of builtins and hash of numbers
vals = [1, -2, 3.0, 'str', "q'uote", b'bytes', None, True, [1, 'a'], (1,), (), {'k': [1]}, range(3), slice(1, 2), Ellipsis, NotImplemented]
for v in vals:
    print(repr(v))
print(repr(int), repr(str), repr(ValueError), repr(ValueError('x')))
print(repr([[]]), repr({1: {2: {3: ()}}}), repr([None, ..., True]))
print(hash(0), hash(1), hash(-1), hash(10**6), hash(2**61 - 2), hash(2**61 - 1), hash(2**100), hash(-2**100))
print(hash(1.0), hash(1.5), hash(0.1), hash(-2.5), hash(float('inf')), hash(-float('inf')))
print(hash(True), hash(False), hash(None) == hash(None), hash(()) == hash(()))
print(hash(1) == hash(1.0), hash(2**70) == hash(float(2**70)), hash(0.5) == hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
d = {1: 'int', 2.0: 'float'}
print(d[1.0], d[2], d[True])
