# argparse corners: help text edge cases, usage with spaced metavars, prefix chars, '--'
# handling, positional allotment, sub-parser sections and errors.
import argparse, io, sys, os
os.environ['COLUMNS'] = '80'
def t(label, f):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        r = repr(f())
    except SystemExit as e:
        r = 'exit %r' % e.code
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = saved
    print(label, r, repr(out.getvalue()), repr(err.getvalue()))
P = argparse.ArgumentParser
def mk(*specs, **pkw):
    p = P(prog='c', **pkw)
    for a, k in specs:
        p.add_argument(*a, **k)
    return p
t('help-empty', lambda: mk((['--a'], {'help': ''}), (['--b'], {'help': '   '}), (['c'], {'help': ''})).format_help())
t('desc-newlines', lambda: mk(description='line one\n\nline two\n   indented').format_help())
t('space-metavar', lambda: mk((['--a'], {'metavar': 'A VALUE'}), (['p'], {'metavar': 'P Q'})).format_usage())
t('long-usage-space-metavar', lambda: mk(*[(['--opt%d' % i], {'metavar': 'V %d' % i}) for i in range(8)]).format_usage())
t('range-choices-help', lambda: mk((['--n'], {'type': int, 'choices': range(3), 'help': 'one of %(choices)s'})).format_help())
t('dict-choices', lambda: mk((['n'], {'choices': {'a': 1, 'b': 2}})).parse_args(['c']))
t('type-help', lambda: mk((['--n'], {'type': float, 'help': '%(type)s'})).format_help())
t('default-list-help', lambda: mk((['--n'], {'default': [1, 2], 'help': '%(default)s'})).format_help())
t('required-opt-usage', lambda: mk((['--a'], {'required': True, 'nargs': '*'}), (['--b'], {'required': True, 'nargs': '+'})).format_usage())
t('required-msg-order', lambda: mk((['x'], {}), (['--a'], {'required': True}), (['y'], {})).parse_args([]))
t('prefix-plus-help', lambda: mk((['+x'], {}), prefix_chars='+').format_help())
t('prefix-mixed', lambda: mk((['-x'], {}), (['+y'], {}), prefix_chars='-+').parse_args(['-x', '1', '+y', '2']))
t('no-help-usage', lambda: mk((['x'], {}), add_help=False).format_help())
t('very-long-prog', lambda: P(prog='p' * 70).format_usage())
t('long-prog-opts', lambda: mk(*[(['--o%d' % i], {}) for i in range(10)], prog='q' * 65).format_usage() if False else None)
t('epilog-pct', lambda: P(prog='e', epilog='%(prog)s rocks', description='100% no prog').format_help())
t('argument-default-suppress', lambda: mk((['--a'], {}), (['b'], {'nargs': '?'}), argument_default=argparse.SUPPRESS).parse_args([]))
t('count-default', lambda: mk((['-v'], {'action': 'count', 'default': 5})).parse_args(['-vv']))
t('store-true-explicit-short', lambda: mk((['-a'], {'action': 'store_true'})).parse_args(['-a=1']))
t('neg-in-nargs', lambda: mk((['--n'], {'nargs': '+', 'type': int})).parse_args(['--n', '-1', '-2']))
t('neg-with-negopt', lambda: mk((['--n'], {'nargs': '+'}), (['-3'], {'action': 'store_true'})).parse_args(['--n', '-1']))
t('double-dash-opt', lambda: mk((['--n'], {'nargs': '*'}), (['p'], {'nargs': '*'})).parse_args(['--n', 'a', '--', 'b']))
t('dd-twice', lambda: mk((['p'], {'nargs': '*'})).parse_args(['--', 'a', '--', 'b']))
t('dd-opt-after', lambda: mk((['p'], {}), (['--x'], {})).parse_args(['--', '--x']))
t('opt-nargs-q-then-pos', lambda: mk((['--o'], {'nargs': '?'}), (['p'], {})).parse_args(['--o', 'v']))
t('pos-star-then-pos', lambda: mk((['a'], {'nargs': '*'}), (['b'], {})).parse_args(['1', '2', '3']))
t('pos-q-q', lambda: mk((['a'], {'nargs': '?'}), (['b'], {'nargs': '?'}), (['--x'], {})).parse_args(['1', '--x', 'x', '2']))
t('pos-star-split', lambda: mk((['a'], {'nargs': '*'}), (['--x'], {})).parse_args(['1', '--x', 'x', '2']))
t('ambig-short', lambda: mk((['-foo'], {}), (['-fox'], {})).parse_args(['-fo', '1']))
t('conflict-group', lambda: (lambda p: (p.add_argument_group('g').add_argument('-h')))(P(prog='c', conflict_handler='resolve')) and P().format_help)
t('resolve-help', lambda: (lambda p: (p.add_argument('-h', '--host'), p.format_help())[1])(P(prog='c', conflict_handler='resolve')))
t('metavar-choices-opt', lambda: mk((['--c'], {'choices': ['x', 'y'], 'nargs': '+'})).format_help())
t('sub-no-help', lambda: (lambda p: (p.add_subparsers().add_parser('a'), p.format_help())[1])(P(prog='s')))
t('sub-help-suppress', lambda: (lambda p: (p.add_subparsers(help=argparse.SUPPRESS).add_parser('a'), p.format_help())[1])(P(prog='s')))
t('sub-title-only', lambda: (lambda p: (p.add_subparsers(title='T').add_parser('a', help='aa'), p.format_help())[1])(P(prog='s')))
t('sub-desc', lambda: (lambda p: (p.add_subparsers(description='D').add_parser('a', help='aa'), p.format_help())[1])(P(prog='s')))
t('sub-missing-noreq', lambda: (lambda p: (p.add_subparsers(dest='cmd').add_parser('a'), p.parse_args([]))[1])(P(prog='s')))
t('sub-missing-req-dest', lambda: (lambda p: (p.add_subparsers(dest='cmd', required=True).add_parser('a'), p.parse_args([]))[1])(P(prog='s')))
t('sub-unknown-dest', lambda: (lambda p: (p.add_subparsers(dest='cmd').add_parser('a'), p.parse_args(['b']))[1])(P(prog='s')))
t('sub-repr', lambda: P(prog='s').add_subparsers())
t('help-action-repr', lambda: P(prog='s')._actions[0])
