#!/usr/bin/env python3
"""Writes cases.txt, the json comparison corpus: documents and values generated at random
(seeded), each with the result CPython's json module gives for it.

Usage:  python3 tests/programs/json_corpus/generate.py

Each line of cases.txt is the repr of a tuple (kind, input, options, expected):
  kind 'loads': input is a str document, options loads() keywords (names of hooks);
  kind 'dumps': input is the repr of a Python value, options dumps() keywords.
expected is ('ok', ascii(result)) or ('error', type name, str(exception), extra) where
extra is (msg, pos, lineno, colno) for a JSONDecodeError. tests/programs/json_corpus.py
replays every case and reports any difference. Lone surrogates are never generated
(tessera's str cannot hold them).
"""
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261207)

WORDS = ['', 'a', 'key', 'name', 'value', 'x y', 'caf\u00e9', '\u65e5\u672c',
         '\U0001f600', 'tab\there', 'line\nbreak', 'quote"d', 'back\\slash',
         '\x00\x01\x1f', '\x7f', 'slash/', '\u2028\u2029', '\ufeff', '\uffff']


def rand_str():
    r = rng.random()
    if r < 0.4:
        return rng.choice(WORDS)
    n = rng.randint(0, 12)
    out = []
    for _ in range(n):
        c = rng.random()
        if c < 0.6:
            out.append(chr(rng.randint(0x20, 0x7e)))
        elif c < 0.75:
            out.append(chr(rng.randint(0, 0x1f)))
        elif c < 0.9:
            out.append(chr(rng.randint(0xa0, 0xd7ff)))
        else:
            out.append(chr(rng.randint(0x10000, 0x10ffff)))
    return ''.join(out)


FLOATS = [0.0, -0.0, 1.5, -2.25, 0.1, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4,
          5e-324, 1.7976931348623157e308, 2.5e-7, 1e22, 1e23, 0.30000000000000004,
          3.141592653589793, 100.0, 1e100, -1e-100]


def rand_float():
    r = rng.random()
    if r < 0.3:
        return rng.choice(FLOATS)
    if r < 0.6:
        return rng.uniform(-1000, 1000)
    if r < 0.8:
        return rng.random() * 10 ** rng.randint(-30, 30)
    return struct_float()


def struct_float():
    # Arbitrary bit patterns (finite only).
    import struct
    while True:
        f = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
        if math.isfinite(f):
            return f


def rand_int():
    r = rng.random()
    if r < 0.5:
        return rng.randint(-1000, 1000)
    if r < 0.8:
        return rng.randint(-2 ** 63, 2 ** 63)
    return rng.randint(-10 ** 40, 10 ** 40)


def rand_scalar(special=False):
    c = rng.randint(0, 6 if special else 5)
    if c == 0:
        return rand_str()
    if c == 1:
        return rand_int()
    if c == 2:
        return rand_float()
    if c == 3:
        return rng.choice([True, False])
    if c == 4:
        return None
    if c == 5:
        return rand_str()
    return rng.choice([math.inf, -math.inf, math.nan])


def rand_value(depth=0, special=False, py=False):
    r = rng.random()
    if depth > 4 or r < 0.45:
        return rand_scalar(special)
    if r < 0.7:
        items = [rand_value(depth + 1, special, py) for _ in range(rng.randint(0, 5))]
        if py and rng.random() < 0.3:
            return tuple(items)
        return items
    d = {}
    for _ in range(rng.randint(0, 5)):
        if py and rng.random() < 0.3:
            k = rng.choice([rng.randint(-100, 100), rng.choice([True, False, None]),
                            rand_float(), rand_str()])
        else:
            k = rand_str()
        d[k] = rand_value(depth + 1, special, py)
    return d


def rand_ws():
    return ''.join(rng.choice(' \t\n\r') for _ in range(rng.choice([0, 0, 0, 1, 2])))


def render(v, depth=0):
    """JSON text of v with random whitespace and random escape choices."""
    w = rand_ws
    if isinstance(v, dict):
        parts = [w() + render_str(k) + w() + ':' + w() + render(x, depth + 1) + w()
                 for k, x in v.items()]
        return '{' + (','.join(parts) if parts else w()) + '}'
    if isinstance(v, list):
        parts = [w() + render(x, depth + 1) + w() for x in v]
        return '[' + (','.join(parts) if parts else w()) + ']'
    if isinstance(v, str):
        return render_str(v)
    if isinstance(v, float):
        r = rng.random()
        if r < 0.2:
            return '%.17e' % v if math.isfinite(v) else json.dumps(v)
        if r < 0.3 and math.isfinite(v):
            return ('%.6E' % v).replace('E+', 'E')
        return json.dumps(v)
    return json.dumps(v)


def render_str(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        r = rng.random()
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif o < 0x20:
            short = {'\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
            out.append(short.get(ch, '\\u%04x' % o) if r < 0.7 else '\\u%04X' % o)
        elif ch == '/' and r < 0.5:
            out.append('\\/')
        elif o >= 0x10000 and r < 0.5:
            v = o - 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)))
        elif r < 0.15:
            out.append('\\u%04x' % o if o < 0x10000 else ch)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


MUTATION_CHARS = '{}[]",:0123456789eE.+- \t\ntrufalsenNIy\\/abx\x00\x1f\u00e9'


def mutate(doc):
    if not doc:
        return rng.choice(MUTATION_CHARS)
    i = rng.randrange(len(doc) + 1)
    r = rng.random()
    if r < 0.3:
        return doc[:i]
    if r < 0.6:
        return doc[:i] + doc[i + 1:]
    if r < 0.9:
        return doc[:i] + rng.choice(MUTATION_CHARS) + doc[i:]
    return doc[:i] + rng.choice(MUTATION_CHARS) + doc[i + 1:]


NUMBER_BITS = ['-', '0', '1', '9', '00', '12', '.', '.5', 'e', 'E', '+', '-', 'e5',
               'E-2', '1.', '-0', 'x', ' ']


def rand_number_text():
    return ''.join(rng.choice(NUMBER_BITS) for _ in range(rng.randint(1, 5)))


ESCAPE_BITS = ['a', '\\', '\\\\', '\\"', '\\u', '\\u00', '\\u0041', '\\ud83d',
               '\\ude00', '\\ud83d\\ude00', 'zz', '\\x', '\\n', '"', '\t', '\\uD83D',
               '\\uDE00', '12', 'g']


def rand_string_text():
    body = ''.join(rng.choice(ESCAPE_BITS) for _ in range(rng.randint(0, 4)))
    return '"' + body + rng.choice(['"', '"', ''])


def result_of(f):
    try:
        return ('ok', ascii(f()))
    except json.JSONDecodeError as e:
        return ('error', 'JSONDecodeError', str(e), (e.msg, e.pos, e.lineno, e.colno))
    except (ValueError, TypeError, RecursionError) as e:
        return ('error', type(e).__name__, str(e), None)


HOOKS = {
    'object_pairs_hook': lambda pairs: ('pairs', pairs),
    'object_hook': lambda d: ('obj', sorted(d.items())),
    'parse_float': lambda s: ('float', s),
    'parse_int': lambda s: ('int', s),
    'parse_constant': lambda s: ('const', s),
}


def loads_case(doc):
    opts = {}
    r = rng.random()
    if r < 0.15:
        opts[rng.choice(sorted(HOOKS))] = True
    elif r < 0.2:
        opts['strict'] = False
    kw = {k: (HOOKS[k] if k in HOOKS else v) for k, v in opts.items()}
    expected = result_of(lambda: json.loads(doc, **kw))
    # A lone surrogate in a result shows as \udXXX in its repr.
    if expected[0] == 'ok' and '\\ud' in expected[1].lower():
        return None
    return ('loads', doc, opts, expected)


def dumps_case(value):
    opts = {}
    if rng.random() < 0.5:
        opts['sort_keys'] = True
    if rng.random() < 0.4:
        opts['indent'] = rng.choice([0, 1, 2, 4, '', '\t', '--', None, -1])
    if rng.random() < 0.3:
        opts['separators'] = rng.choice([(',', ':'), (', ', ': '), (' ,', ' : '), (';', '=')])
    if rng.random() < 0.4:
        opts['ensure_ascii'] = False
    if rng.random() < 0.3:
        opts['allow_nan'] = False
    if rng.random() < 0.2:
        opts['skipkeys'] = True
    expected = result_of(lambda: json.dumps(value, **opts))
    text = repr(value)
    return ('dumps', text, opts, expected)


def main():
    cases = []
    # Documents rendered from random values, some mutated into errors.
    for i in range(1500):
        doc = render(rand_value(special=rng.random() < 0.2))
        if rng.random() < 0.1:
            doc = rand_ws() + doc + rand_ws()
        if rng.random() < 0.45:
            doc = mutate(doc)
        c = loads_case(doc)
        if c:
            cases.append(c)
    for i in range(400):
        c = loads_case(rand_number_text())
        if c:
            cases.append(c)
    for i in range(400):
        c = loads_case(rand_string_text())
        if c:
            cases.append(c)
    for i in range(1200):
        value = rand_value(special=rng.random() < 0.3, py=True)
        cases.append(dumps_case(value))
    with open(os.path.join(HERE, 'cases.txt'), 'w', encoding='utf-8') as f:
        f.write('# Generated by tests/programs/json_corpus/generate.py; do not edit.\n')
        for c in cases:
            f.write(repr(c) + '\n')
    print(len(cases), 'cases')


if __name__ == '__main__':
    main()
