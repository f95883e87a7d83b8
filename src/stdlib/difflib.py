"""Helpers for computing deltas between sequences (tessera's own implementation).

Written from the documentation of CPython's difflib and from its observed output.
"""

import heapq as _heapq
import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matched, total):
    # 2*M/T, with two empty sequences counting as identical
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    """Compares pairs of sequences of hashable elements.

    The matching finds the longest contiguous block free of junk, then
    recurses on the pieces to its left and to its right.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget()

    def set_seq2(self, b):
        if b is not self.b:
            self.b = b
            self._forget()
            self.fullbcount = None
            self._index_b()

    def _index_b(self):
        # where each element of b occurs, junk and popular elements taken out
        where = {}
        for pos, item in enumerate(self.b):
            spots = where.get(item)
            if spots is None:
                where[item] = [pos]
            else:
                spots.append(pos)
        junk = set()
        if self.isjunk is not None:
            for item in list(where):
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del where[item]
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, spots in list(where.items()):
                if len(spots) > limit:
                    popular.add(item)
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b = self.a, self.b
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        where = self.b2j
        junk = self.bjunk
        best_a, best_b, best_len = alo, blo, 0
        # run_end[j] = length of the match ending at a[i-1], b[j]
        run_end = {}
        nothing = ()
        for i in range(alo, ahi):
            runs = {}
            for j in where.get(a[i], nothing):
                if j >= bhi:
                    break
                if j < blo:
                    continue
                length = run_end.get(j - 1, 0) + 1
                runs[j] = length
                if length > best_len:
                    best_len = length
                    best_a = i - length + 1
                    best_b = j - length + 1
            run_end = runs

        # Grow the block over equal non-junk neighbours (popular elements
        # are not junk, so they join here), then over equal junk.
        for want_junk in (False, True):
            while (best_a > alo and best_b > blo
                   and (b[best_b - 1] in junk) == want_junk
                   and a[best_a - 1] == b[best_b - 1]):
                best_a -= 1
                best_b -= 1
                best_len += 1
            while (best_a + best_len < ahi and best_b + best_len < bhi
                   and (b[best_b + best_len] in junk) == want_junk
                   and a[best_a + best_len] == b[best_b + best_len]):
                best_len += 1
        return Match(best_a, best_b, best_len)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()

        merged = []
        cur_a = cur_b = cur_len = 0
        for i, j, k in found:
            if cur_a + cur_len == i and cur_b + cur_len == j:
                cur_len += k
                continue
            if cur_len:
                merged.append(Match(cur_a, cur_b, cur_len))
            cur_a, cur_b, cur_len = i, j, k
        if cur_len:
            merged.append(Match(cur_a, cur_b, cur_len))
        merged.append(Match(len_a, len_b, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        ops = []
        ia = ib = 0
        for blk_a, blk_b, blk_len in self.get_matching_blocks():
            gap_a = ia < blk_a
            gap_b = ib < blk_b
            if gap_a and gap_b:
                ops.append(('replace', ia, blk_a, ib, blk_b))
            elif gap_a:
                ops.append(('delete', ia, blk_a, ib, blk_b))
            elif gap_b:
                ops.append(('insert', ia, blk_a, ib, blk_b))
            ia = blk_a + blk_len
            ib = blk_b + blk_len
            if blk_len:
                ops.append(('equal', blk_a, ia, blk_b, ib))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        # CPython trims the cached opcode list itself (observable through a
        # later get_opcodes()), so this does too
        ops = self.get_opcodes()
        if not ops:
            ops = [('equal', 0, 1, 0, 1)]
        # trim the context at both ends down to n
        tag, i1, i2, j1, j2 = ops[0]
        if tag == 'equal':
            ops[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = ops[-1]
        if tag == 'equal':
            ops[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        group = []
        for tag, i1, i2, j1, j2 in ops:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # a long equal run closes this group and opens the next one
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = [(tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)]
            else:
                group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        total = sum(blk.size for blk in self.get_matching_blocks())
        return _ratio_of(total, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        common = 0
        for item in self.a:
            have = left.get(item, 0)
            if have > 0:
                common += 1
            left[item] = have - 1
        return _ratio_of(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio_of(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return a list of the best "good enough" matches."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    sm = SequenceMatcher()
    sm.set_seq2(word)
    scored = []
    for cand in possibilities:
        sm.set_seq1(cand)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff):
            score = sm.ratio()
            if score >= cutoff:
                scored.append((score, cand))
    return [cand for score, cand in _heapq.nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=_re.compile(r"\s*(?:#\s*)?$").match):
    """Return True for ignorable line: iff `line` is blank or contains a single '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Return True for ignorable character: iff `ch` is a space or tab."""
    return ch in ws


class Differ:
    """Produces human-readable deltas between sequences of lines of text."""

    # a pair of lines counts as "similar" above this ratio
    _SIMILAR = 0.75

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag == 'equal':
                yield from _prefixed('  ', a[i1:i2])
            elif tag == 'delete':
                yield from _prefixed('- ', a[i1:i2])
            elif tag == 'insert':
                yield from _prefixed('+ ', b[j1:j2])
            elif tag == 'replace':
                yield from self._replace_block(a, i1, i2, b, j1, j2)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _most_similar(self, a, alo, ahi, b, blo, bhi):
        # -> (ratio, i, j, first_identical) over all pairs of the block
        sm = SequenceMatcher(self.charjunk)
        top, top_i, top_j = 0.74, None, None
        same = None
        for j in range(blo, bhi):
            line_b = b[j]
            sm.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if same is None:
                        same = (i, j)
                    continue
                sm.set_seq1(line_a)
                if (sm.real_quick_ratio() > top and sm.quick_ratio() > top):
                    r = sm.ratio()
                    if r > top:
                        top, top_i, top_j = r, i, j
        return top, top_i, top_j, same

    def _replace_block(self, a, alo, ahi, b, blo, bhi):
        top, bi, bj, same = self._most_similar(a, alo, ahi, b, blo, bhi)
        exact = False
        if top < self._SIMILAR:
            if same is None:
                # nothing alike: the whole block goes out and in, the shorter first
                dels = _prefixed('- ', a[alo:ahi])
                adds = _prefixed('+ ', b[blo:bhi])
                if bhi - blo < ahi - alo:
                    yield from adds
                    yield from dels
                else:
                    yield from dels
                    yield from adds
                return
            bi, bj = same
            exact = True
        yield from self._around(a, alo, bi, b, blo, bj)
        if exact:
            yield '  ' + a[bi]
        else:
            yield from self._hinted_pair(a[bi], b[bj])
        yield from self._around(a, bi + 1, ahi, b, bj + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._replace_block(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from _prefixed('- ', a[alo:ahi])
        elif blo < bhi:
            yield from _prefixed('+ ', b[blo:bhi])

    def _hinted_pair(self, old, new):
        sm = SequenceMatcher(self.charjunk, old, new)
        marks_old = []
        marks_new = []
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            na, nb = i2 - i1, j2 - j1
            if tag == 'equal':
                marks_old.append(' ' * na)
                marks_new.append(' ' * nb)
            elif tag == 'replace':
                marks_old.append('^' * na)
                marks_new.append('^' * nb)
            elif tag == 'delete':
                marks_old.append('-' * na)
            elif tag == 'insert':
                marks_new.append('+' * nb)
            else:
                raise ValueError('unknown tag %r' % (tag,))
        guide_old = _guide(old, ''.join(marks_old))
        guide_new = _guide(new, ''.join(marks_new))
        yield '- ' + old
        if guide_old:
            yield '? ' + guide_old + '\n'
        yield '+ ' + new
        if guide_new:
            yield '? ' + guide_new + '\n'


def _guide(line, marks):
    # tabs and other whitespace under unmarked columns are kept so the
    # guide lines up with the line above it; trailing blanks dropped
    out = []
    for ch, mark in zip(line, marks):
        out.append(ch if (mark == ' ' and ch.isspace()) else mark)
    return ''.join(out).rstrip()


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Compare `a` and `b` (lists of strings); return a Differ-style delta."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Generate one of the two sequences that generated a delta."""
    try:
        mine = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        head = line[:2]
        if head == '  ' or head == mine:
            yield line[2:]


def _unified_span(start, stop):
    count = stop - start
    if count == 1:
        return '%d' % (start + 1)
    first = start + 1 if count else start
    return '%d,%d' % (first, count)


def _context_span(start, stop):
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _dated(name, date):
    return name + ('\t' + date if date else '')


def _prefixed(mark, lines):
    for line in lines:
        yield mark + line


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Compare two sequences of lines; generate the delta as a unified diff."""
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield '--- ' + _dated(fromfile, fromfiledate) + lineterm
            yield '+++ ' + _dated(tofile, tofiledate) + lineterm
        old_span = _unified_span(group[0][1], group[-1][2])
        new_span = _unified_span(group[0][3], group[-1][4])
        yield '@@ -%s +%s @@%s' % (old_span, new_span, lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                yield from _prefixed(' ', a[i1:i2])
            else:
                yield from _prefixed('-', a[i1:i2])
                yield from _prefixed('+', b[j1:j2])


_CONTEXT_MARK = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Compare two sequences of lines; generate the delta as a context diff."""
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield '*** ' + _dated(fromfile, fromfiledate) + lineterm
            yield '--- ' + _dated(tofile, tofiledate) + lineterm
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_context_span(group[0][1], group[-1][2]), lineterm)
        tags = [op[0] for op in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in group:
                if tag == 'insert':
                    continue
                for line in a[i1:i2]:
                    yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_span(group[0][3], group[-1][4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in group:
                if tag == 'delete':
                    continue
                for line in b[j1:j2]:
                    yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Compare bytes sequences with a str diff function (unified_diff or context_diff)."""
    # CPython goes through 'surrogateescape'; tessera's str cannot hold lone
    # surrogates, and latin-1 maps bytes to characters one to one just the
    # same, which is all the diff functions need (equality of lines)
    def as_text(value):
        try:
            return value.decode('latin-1')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err
    a = [as_text(x) for x in a]
    b = [as_text(x) for x in b]
    names = [as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    term = as_text(lineterm)
    for line in dfunc(a, b, names[0], names[1], names[2], names[3], n, term):
        yield line.encode('latin-1')


class HtmlDiff:
    """Side-by-side HTML tables of differences: not available in tessera.

    The name exists so that `from difflib import *` works; making one raises
    NotImplementedError."""

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        raise NotImplementedError('difflib.HtmlDiff is not available in tessera')
