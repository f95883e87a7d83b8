# argparse corners: REMAINDER, parents with groups, formatter classes, suppressed
# arguments in usage, mutually exclusive positionals, abbreviations and clusters.
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
def rem():
    p = P(prog='r'); p.add_argument('--x'); p.add_argument('cmd'); p.add_argument('rest', nargs=argparse.REMAINDER); return p
t('rem1', lambda: rem().parse_args(['a', '--x', '1', 'b']))
t('rem2', lambda: rem().parse_args(['--x', '1', 'a', 'b', '--x', '2']))
t('rem3', lambda: rem().format_help())
def par():
    base = P(add_help=False); g = base.add_mutually_exclusive_group(); g.add_argument('-a', action='store_true'); g.add_argument('-b', action='store_true')
    grp = base.add_argument_group('extra', 'extra options'); grp.add_argument('--e')
    return P(prog='par', parents=[base])
t('par1', lambda: par().parse_args(['-a', '-b']))
t('par2', lambda: par().format_help())
def adh():
    p = P(prog='adh', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    p.add_argument('--a', default=3); p.add_argument('--b', default=argparse.SUPPRESS, help='b'); p.add_argument('c', nargs='?', default='cc'); p.add_argument('d', default='dd', help='dh')
    p.add_argument('--e', help='has %(default)s already', default=9)
    p.add_argument('--f', action='store_true')
    return p
t('adh', lambda: adh().format_help())
def mt():
    p = P(prog='mt', formatter_class=argparse.MetavarTypeHelpFormatter)
    p.add_argument('--a', type=int); p.add_argument('b', type=float); p.add_argument('--c', type=str, nargs=2)
    return p
t('mt', lambda: mt().format_help())
t('mt-none', lambda: P(formatter_class=argparse.MetavarTypeHelpFormatter).add_argument('--z'))
def ptuple():
    p = P(prog='pt'); p.add_argument('pair', nargs=2, metavar=('A', 'B'), help='the pair'); return p
t('ptuple-usage', lambda: ptuple().format_usage())
t('ptuple-help', lambda: ptuple().format_help())
t('ptuple-err', lambda: ptuple().parse_args(['1']))
def pct():
    p = P(prog='pct'); p.add_argument('--a', help='100%% sure, %(prog)s %(dest)s %(metavar)s %(required)s %(nargs)s %(const)s'); return p
t('pct', lambda: pct().format_help())
def sup():
    p = P(prog='sup'); g = p.add_mutually_exclusive_group(); g.add_argument('--a', help=argparse.SUPPRESS); g.add_argument('--b'); g.add_argument('--c')
    p.add_argument('--hidden', help=argparse.SUPPRESS); p.add_argument('pos', help=argparse.SUPPRESS, nargs='?')
    return p
t('sup-usage', lambda: sup().format_usage())
t('sup-help', lambda: sup().format_help())
t('sup-err', lambda: sup().parse_args(['--a', '1', '--b', '2']))
def pmx():
    p = P(prog='pmx'); g = p.add_mutually_exclusive_group(); g.add_argument('--a'); g.add_argument('pos', nargs='?'); return p
t('pmx-usage', lambda: pmx().format_usage())
t('pmx-1', lambda: pmx().parse_args(['--a', '1', 'x']))
t('pmx-2', lambda: pmx().parse_args(['--a', '1']))
def single_req():
    p = P(prog='sr'); g = p.add_mutually_exclusive_group(required=True); g.add_argument('--only'); return p
t('sr-usage', lambda: single_req().format_usage())
t('sr-err', lambda: single_req().parse_args([]))
def single_opt():
    p = P(prog='so'); g = p.add_mutually_exclusive_group(); g.add_argument('--only'); return p
t('so-usage', lambda: single_opt().format_usage())
t('ns-sub', lambda: argparse.Namespace(a=1) == argparse.Namespace(a=1.0))
t('version-default-help', lambda: (lambda p: (p.add_argument('--version', action='version', version='1'), p.format_help())[1])(P(prog='v')))
t('store-const-no-const', lambda: (lambda p: (p.add_argument('--k', action='store_const'), p.parse_args(['--k']))[1])(P(prog='v')))
t('opt-const-type', lambda: (lambda p: (p.add_argument('--k', nargs='?', const='5', type=int), p.parse_args(['--k']))[1])(P(prog='v')))
t('choices-star-default', lambda: (lambda p: (p.add_argument('k', nargs='*', choices=['a'], default='zz'), p.parse_args([]))[1])(P(prog='v')))
t('choices-star-default-list', lambda: (lambda p: (p.add_argument('k', nargs='*', choices=['a'], default=['zz']), p.parse_args([]))[1])(P(prog='v')))
t('empty-prefix-pos', lambda: (lambda p: (p.add_argument('k'), p.parse_args(['']))[1])(P(prog='v')))
t('dash-pos', lambda: (lambda p: (p.add_argument('k'), p.parse_args(['-']))[1])(P(prog='v')))
t('space-arg', lambda: (lambda p: (p.add_argument('k'), p.parse_args(['-x y']))[1])(P(prog='v')))
t('nargs-suppress', lambda: (lambda p: (p.add_argument('--k', nargs=argparse.SUPPRESS), p.parse_args(['--k']))[1])(P(prog='v')))
t('dest-dashes', lambda: (lambda p: (p.add_argument('-x', '--long-name-here'), p.parse_args(['-x', '1']))[1])(P(prog='v')))
t('append-default-shared', lambda: (lambda p, d: (p.add_argument('--k', action='append', default=d), p.parse_args(['--k', '1']), d)[1:])(P(prog='v'), ['z']))
t('usage-empty', lambda: P(prog='u', add_help=False).format_usage())
t('desc-only', lambda: P(prog='u', add_help=False, description='just this').format_help())
t('parse-known-twice', lambda: (lambda p: (p.add_argument('--a'), p.parse_known_args(['--a', '1', '--b', '2', 'c']))[1])(P(prog='v')))
t('abbrev-exact-prefix', lambda: (lambda p: (p.add_argument('--foo'), p.add_argument('--foobar'), p.parse_args(['--foo', '1']))[2])(P(prog='v')))
t('abbrev-eq', lambda: (lambda p: (p.add_argument('--foobar'), p.parse_args(['--foo=1']))[1])(P(prog='v')))
t('short-eq', lambda: (lambda p: (p.add_argument('-f'), p.parse_args(['-f=1']))[1])(P(prog='v')))
t('short-flags-then-value', lambda: (lambda p: (p.add_argument('-a', action='store_true'), p.add_argument('-f'), p.parse_args(['-afval']))[2])(P(prog='v')))
t('short-unknown-in-cluster', lambda: (lambda p: (p.add_argument('-a', action='store_true'), p.parse_args(['-az']))[1])(P(prog='v')))
t('count-cluster', lambda: (lambda p: (p.add_argument('-v', action='count'), p.parse_args(['-vvv']))[1])(P(prog='v')))
t('intermixed', lambda: (lambda p: (p.add_argument('--a'), p.add_argument('x', nargs='*'), p.add_argument('y'), p.parse_intermixed_args(['1', '--a', 'q', '2', '3']))[3])(P(prog='v')))
t('intermixed-known', lambda: (lambda p: (p.add_argument('--a'), p.add_argument('x', nargs='*'), p.parse_known_intermixed_args(['1', '--a', 'q', '2', '--zz', '3']))[2])(P(prog='v')))
t('intermixed-req', lambda: (lambda p: (p.add_argument('--a', required=True), p.add_argument('x'), p.parse_intermixed_args(['1']))[2])(P(prog='v')))
t('error-class', lambda: argparse.ArgumentError.__mro__)
t('pos-twice', lambda: P().add_argument('a', 'b'))
t('bad-type-runtime', lambda: (lambda p: (p.add_argument('--k', type=int), setattr(p._actions[-1], 'type', 5), p.parse_args(['--k', '1']))[2])(P(prog='v')))
