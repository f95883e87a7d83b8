# Generated comparison: many seeded pseudo-random pairs of strings and line lists,
# compared with SequenceMatcher, ndiff, unified_diff and context_diff.
import difflib

state = [12345]


def rnd(n):
    # a small LCG of our own, so the pairs do not depend on the random module
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def rstr(alpha, n):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(n))


def mutate(s, alpha):
    s = list(s)
    for _ in range(rnd(7)):
        op = rnd(3)
        p = rnd(len(s) + 1)
        if op == 0:
            s.insert(p, alpha[rnd(len(alpha))])
        elif s:
            p = min(p, len(s) - 1)
            if op == 1:
                del s[p]
            else:
                s[p] = alpha[rnd(len(alpha))]
    return ''.join(s)


checksum = 0
for case in range(400):
    alpha = ['ab', 'abc', 'abcdef \t', 'abcdefghijklmnop'][rnd(4)]
    n = [0, 1, 3, 10, 30, 250, 400][rnd(7)]
    a = rstr(alpha, n)
    b = mutate(a, alpha) if rnd(10) < 7 else rstr(alpha, rnd(n + 6))
    junk = [None, lambda c: c == ' ', lambda c: c == 'a'][rnd(3)]
    auto = rnd(5) != 0
    sm = difflib.SequenceMatcher(junk, a, b, autojunk=auto)
    blocks = [tuple(m) for m in sm.get_matching_blocks()]
    ops = sm.get_opcodes()
    line = '%d %d %d %s %.6f %.6f %.6f %d %d' % (
        case, len(a), len(b), auto, sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio(),
        len(sm.bpopular), len(sm.bjunk))
    if n < 50:
        print(line, blocks, ops)
    else:
        print(line, len(blocks), blocks[:4], ops[-3:])
    ctx = rnd(5)
    print('  groups', list(difflib.SequenceMatcher(junk, a, b, autojunk=auto).get_grouped_opcodes(ctx)))
    for blk in blocks:
        checksum = (checksum * 31 + blk[0] * 7 + blk[1] * 3 + blk[2]) % 1000000007
print('checksum', checksum)

for case in range(150):
    la = [rstr('abc', rnd(7)) + '\n' for _ in range(rnd(13))]
    lb = [mutate(x, 'abc') if rnd(2) else x for x in la]
    if rnd(5) == 0:
        lb.reverse()
    lb += [rstr('abc \t', rnd(7)) + '\n' for _ in range(rnd(4))]
    print('== case', case)
    print(''.join(difflib.unified_diff(la, lb, 'old', 'new', 'd1', '', n=rnd(4))), end='')
    print(''.join(difflib.context_diff(la, lb, 'old', 'new', n=rnd(4))), end='')
    linejunk = [None, difflib.IS_LINE_JUNK][rnd(2)]
    delta = list(difflib.ndiff(la, lb, linejunk))
    print(''.join(delta), end='')
    assert list(difflib.restore(delta, 1)) == la
    assert list(difflib.restore(delta, 2)) == lb

words = [rstr('abcde', 1 + rnd(6)) for _ in range(60)]
for case in range(40):
    w = rstr('abcde', 4)
    cutoff = [0.0, 0.3, 0.6, 0.8][rnd(4)]
    print(w, cutoff, difflib.get_close_matches(w, words, 1 + rnd(5), cutoff))
