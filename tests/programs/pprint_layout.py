# pprint's line breaking on generated nested data at several widths (a fixed LCG, so the
# same structures every run; sets only hold ints below 8 so their flat order is fixed;
# no bytearray: tessera has none yet).
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from types import SimpleNamespace

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
    return (state[0] >> 8) % n


WORDS = ['a', 'bb', 'the', 'quick', 'brown', 'fox', 'xxxxxxxxxxxx', "it's", 'q"t',
         'tab\t', '', 'jumps', 'over']
SEPS = [' ', ' ', '  ', '\n', ' \n', '']


def text():
    return ''.join(WORDS[rand(len(WORDS))] + SEPS[rand(len(SEPS))] for _ in range(rand(12)))


def blob():
    return bytes((rand(256) if rand(5) == 0 else 97 + rand(26)) for _ in range(rand(30)))


def leaf():
    c = rand(7)
    if c == 0:
        return rand(10 ** (1 + rand(12))) - 10 ** rand(8)
    if c == 1:
        return text()
    if c == 2:
        return blob()
    if c == 3:
        return [None, True, False, 1.5, -0.25, 1e100][rand(6)]
    if c == 4:
        return (b'ab cd' * rand(6)).decode()
    return rand(100)


def make(depth):
    if depth <= 0 or rand(10) < 3:
        return leaf()
    n = rand(7)
    c = rand(14)
    if c <= 2:
        return [make(depth - 1) for _ in range(n)]
    if c == 3:
        return tuple(make(depth - 1) for _ in range(n))
    if c <= 5:
        return {(rand(50) if rand(2) else text()[:8]): make(depth - 1) for _ in range(n)}
    if c == 6:
        return set(rand(8) for _ in range(n))
    if c == 7:
        return frozenset(rand(8) for _ in range(n))
    if c == 8:
        return OrderedDict((str(i), make(depth - 1)) for i in range(n))
    if c == 9:
        return deque([make(depth - 1) for _ in range(n)], maxlen=[None, 10][rand(2)])
    if c == 10:
        return defaultdict([int, list][rand(2)], {rand(99): make(depth - 1) for _ in range(n)})
    if c == 11:
        return Counter({text()[:5]: rand(6) for _ in range(n)})
    if c == 12:
        return SimpleNamespace(**{'k%d' % i: make(depth - 1) for i in range(n)})
    return [set(range(20)), frozenset(range(3, 30, 2))][rand(2)]


for case in range(220):
    obj = make(1 + rand(4))
    options = dict(width=[1, 5, 10, 15, 20, 30, 40, 60, 80][rand(9)],
                   indent=[0, 1, 1, 2, 4][rand(5)], compact=rand(5) < 2,
                   sort_dicts=rand(5) < 4, depth=[None, None, None, 1, 2, 3][rand(6)],
                   underscore_numbers=rand(5) == 0)
    print('#', case, sorted(options.items()))
    print(pprint.pformat(obj, **options))
