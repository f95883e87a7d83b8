# Replays the generated json corpus (json_corpus/cases.txt, written by
# json_corpus/generate.py with CPython's results) and reports every difference.
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HOOKS = {
    'object_pairs_hook': lambda pairs: ('pairs', pairs),
    'object_hook': lambda d: ('obj', sorted(d.items())),
    'parse_float': lambda s: ('float', s),
    'parse_int': lambda s: ('int', s),
    'parse_constant': lambda s: ('const', s),
}


def result_of(f):
    try:
        return ('ok', ascii(f()))
    except json.JSONDecodeError as e:
        return ('error', 'JSONDecodeError', str(e), (e.msg, e.pos, e.lineno, e.colno))
    except (ValueError, TypeError, RecursionError) as e:
        return ('error', type(e).__name__, str(e), None)


def run(kind, text, opts):
    if kind == 'loads':
        kw = {k: (HOOKS[k] if k in HOOKS else v) for k, v in opts.items()}
        return result_of(lambda: json.loads(text, **kw))
    value = eval(text, {'nan': math.nan, 'inf': math.inf})
    return result_of(lambda: json.dumps(value, **opts))


counts = {}
bad = 0
with open(os.path.join(HERE, 'json_corpus', 'cases.txt'), encoding='utf-8') as f:
    lines = f.read().split('\n')
for n, line in enumerate(lines, 1):
    if not line or line.startswith('#'):
        continue
    kind, text, opts, expected = eval(line)
    got = run(kind, text, opts)
    key = (kind, expected[0])
    counts[key] = counts.get(key, 0) + 1
    if got != expected:
        bad += 1
        if bad <= 20:
            print('MISMATCH line', n, kind, ascii(text)[:200], opts)
            print('  expected', ascii(expected)[:300])
            print('  got     ', ascii(got)[:300])
for key in sorted(counts):
    print(key, counts[key])
print('mismatches:', bad)
