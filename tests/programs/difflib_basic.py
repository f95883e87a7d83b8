# difflib: documented examples, helper functions and error paths.
import difflib
from difflib import SequenceMatcher, Differ

s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for opcode in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % opcode)

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
m = s.find_longest_match(0, 5, 0, 9)
print(m.a, m.b, m.size, m == (1, 0, 4), type(m).__name__)

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
a, b = "qabxcd", "abycdf"
s = SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
s = SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s.set_seqs("abc", "abc")
print(s.ratio(), s.get_opcodes())
s.set_seq1("")
print(s.ratio(), s.get_opcodes())
s.set_seq2("")
print(s.ratio(), s.get_opcodes(), s.get_matching_blocks(), list(s.get_grouped_opcodes()))
s = SequenceMatcher(None, [1, 2, 3, 4], (1, 3, 4, 5))
print(s.get_opcodes(), s.a, s.b)

# grouped opcodes trim the cached opcode list, as CPython does
lines = list(map(str, range(1, 40)))
s = SequenceMatcher(None, lines, lines[:10] + ['x'] + lines[11:30] + lines[31:])
print(s.get_opcodes())
for g in s.get_grouped_opcodes(2):
    print(g)
print(s.get_opcodes())

# autojunk: popular elements of a long b
b = 'a' * 150 + 'b' * 60
s = SequenceMatcher(None, 'ab' * 5, b)
print(sorted(s.bpopular), s.bjunk, s.get_matching_blocks())
s = SequenceMatcher(None, 'ab' * 5, b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks())
s = SequenceMatcher(lambda c: c in 'b', 'ab' * 5, 'x' * 100 + 'ab' * 60)
print(sorted(s.bpopular), sorted(s.bjunk), s.get_matching_blocks()[:3], round(s.ratio(), 4))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ab', 'ba', 'ab', 'abc'], n=5, cutoff=0))
for n, cutoff in ((0, 0.6), (-1, 0.6), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches('a', ['a'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
diff = difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                     'ore\ntree\nemu\n'.splitlines(keepends=True))
diff = list(diff)
print(''.join(diff), end="")
print(''.join(difflib.restore(diff, 1)), end="")
print(''.join(difflib.restore(diff, 2)), end="")
for which in (0, 3, '2'):
    try:
        print(list(difflib.restore(diff, which)))
    except ValueError as e:
        print('ValueError:', e)
print(list(difflib.ndiff(['\tabc def\n'], ['\tabd  def\n'])))
print(list(difflib.ndiff(['a\n', 'b\n', 'c\n'], ['x\n', 'b\n', 'y\n', 'z\n'])))
print(list(difflib.ndiff(['aaaa\n', 'bbbb\n'], ['cccc\n', 'dddd\n', 'eeee\n'])))
print(list(difflib.ndiff(['aaaa\n', 'bbbb\n', 'ffff\n'], ['cccc\n', 'dddd\n'])))
print(list(difflib.ndiff(['abc\n', 'same\n', 'x\n'], ['zzz\n', 'same\n', 'q\n', 'same\n'])))
print(list(Differ(difflib.IS_LINE_JUNK).compare(['#\n', 'a\n', '\n'], ['\n', 'b\n', ' # \n'])))

print([difflib.IS_LINE_JUNK(x) for x in ('\n', '  #   \n', 'hello\n', '## \n', '')])
print([difflib.IS_CHARACTER_JUNK(x) for x in (' ', '\t', '\n', 'x')])

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(['a'], ['b'], 'f', 't', '2020', '2021', lineterm='')))
print(list(difflib.context_diff(['a'], ['b'], 'f', 't', '2020', '2021', lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(['a'], ['a'])))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n', 'b\n'], n=0)))
print(list(difflib.context_diff(['a\n', 'b\n'], ['a\n', 'c\n', 'b\n'], n=0)))
for args in (([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], b'from')):
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print('TypeError:', e)
try:
    list(difflib.context_diff(['a'], ['b'], tofiledate=3))
except TypeError as e:
    print('TypeError:', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'b\n', b'\xff\n'],
                              b'old', b'new')))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['a'], [b'b']))
except TypeError as e:
    print('TypeError:', e)
