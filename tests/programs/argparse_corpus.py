# argparse comparison corpus: dozens of parser configurations x argument lists; each
# result (the Namespace and extras, or the captured usage/error text and exit status) is
# printed, so any difference from CPython shows up in the diff.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(make, argvs, known=False):
    for argv in argvs:
        parser = make()
        out, err = io.StringIO(), io.StringIO()
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        code = None
        try:
            if known:
                result = parser.parse_known_args(argv)
            else:
                result = parser.parse_args(argv)
        except SystemExit as exc:
            code = exc.code
        except argparse.ArgumentError as exc:
            result = 'ArgumentError: %s' % exc
        finally:
            sys.stdout, sys.stderr = saved
        print('  %r' % (argv,))
        if code is not None:
            print('    exit %r' % (code,))
        else:
            print('    ->', result)
        for label, text in (('out', out.getvalue()), ('err', err.getvalue())):
            for line in text.splitlines():
                print('    %s| %s' % (label, line))


def case(title):
    print('== ' + title)


def p_basic():
    p = argparse.ArgumentParser(prog='basic')
    p.add_argument('x')
    p.add_argument('-f', '--foo')
    p.add_argument('-n', type=int, default=3)
    p.add_argument('-v', '--verbose', action='store_true')
    return p


case('basic')
run(p_basic, [[], ['a'], ['a', 'b'], ['a', '-f', '1'], ['-f1', 'a'], ['--foo=z', 'a'],
              ['a', '--foo'], ['a', '-n', 'x'], ['a', '-n', '-5'], ['-vn7', 'a'],
              ['-v', '--verbose', 'q'], ['a', '--fo', 'k'], ['a', '--verb'], ['a', '--bogus'],
              ['-x', 'a'], ['a', '-vx'], ['--', '-a'], ['a', '--', '-f'], ['-', '-f', '-'],
              ['a', '-f', '-'], ['a', '--verbose=1'], ['a', '-f='], ['a', '-h']])
run(p_basic, [['a', '--bogus', 'z', '-v'], ['-q', 'a', 'b'], ['a', '-f', '1', 'c']], known=True)


def p_nargs():
    p = argparse.ArgumentParser(prog='nargs')
    p.add_argument('--two', nargs=2)
    p.add_argument('--opt', nargs='?', const='C', default='D')
    p.add_argument('--many', nargs='*')
    p.add_argument('--some', nargs='+', type=int)
    p.add_argument('pos', nargs='*')
    return p


case('nargs')
run(p_nargs, [[], ['--two', 'a', 'b'], ['--two', 'a'], ['--two=a', 'b'], ['--opt'],
              ['--opt', 'x'], ['--opt=y', 'p'], ['--many'], ['--many', 'a', 'b', '--opt'],
              ['--some'], ['--some', '1', '2'], ['--some', 'x'], ['p', 'q', '--some', '1', 'r'],
              ['--many', 'a', '--', 'b', 'c'], ['--some=4'], ['--two', 'a', '--opt', 'b']])


def p_positionals():
    p = argparse.ArgumentParser(prog='pos')
    p.add_argument('a')
    p.add_argument('b', nargs='?', default='bd')
    p.add_argument('c', nargs='+')
    p.add_argument('--k', action='count')
    return p


case('positionals')
run(p_positionals, [[], ['1'], ['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4'],
                    ['1', '--k', '2', '3'], ['--k', '--k', '1', '2'], ['1', '2', '--k', '3'],
                    ['--k', '1', '--k', '2', '--k', '3']])


def p_fixed():
    p = argparse.ArgumentParser(prog='fixed')
    p.add_argument('pair', nargs=2, type=float)
    p.add_argument('rest', nargs='*', default=['none'])
    return p


case('fixed count')
run(p_fixed, [[], ['1'], ['1', '2'], ['1', 'x'], ['1', '2', '3', '4'], ['-1', '-2.5'],
              ['1', '--', '-2', '-3']])


def p_actions():
    p = argparse.ArgumentParser(prog='acts')
    p.add_argument('--const', action='store_const', const=42)
    p.add_argument('--no', action='store_false')
    p.add_argument('--app', action='append')
    p.add_argument('--appd', action='append', default=['x'])
    p.add_argument('--ac', action='append_const', const=1, dest='consts')
    p.add_argument('--bc', action='append_const', const=2, dest='consts')
    p.add_argument('-c', '--count', action='count', default=0)
    p.add_argument('--ext', action='extend', nargs='+')
    p.add_argument('--bool', action=argparse.BooleanOptionalAction, default=True,
                   help='a switch')
    p.add_argument('--version', action='version', version='%(prog)s 1.0')
    return p


case('actions')
run(p_actions, [[], ['--const'], ['--no'], ['--app', '1', '--app', '2'], ['--appd', 'y'],
                ['--ac', '--bc', '--ac'], ['-ccc', '--count'], ['--ext', 'a', 'b', '--ext', 'c'],
                ['--no-bool'], ['--bool'], ['--version'], ['--const=1'], ['--ext'],
                ['--no-b'], ['-h']])


def p_choices():
    p = argparse.ArgumentParser(prog='ch')
    p.add_argument('c', choices=['a', 'b'])
    p.add_argument('--n', type=int, choices=range(1, 4))
    p.add_argument('--m', choices='xyz', nargs='+')
    return p


case('choices')
run(p_choices, [['a'], ['z'], ['a', '--n', '2'], ['a', '--n', '9'], ['a', '--n', 'q'],
                ['b', '--m', 'x', 'y'], ['b', '--m', 'x', 'w'], ['-h']])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        setattr(namespace, 'seen_by', option_string)


def p_types():
    p = argparse.ArgumentParser(prog='types')
    p.add_argument('--pos', type=positive)
    p.add_argument('--f', type=float, default='2.5')
    p.add_argument('--i', type=int, default='7')
    p.add_argument('--hex', type=lambda s: int(s, 16))
    p.add_argument('--up', action=Upper)
    return p


case('types')
run(p_types, [[], ['--pos', '3'], ['--pos', '0'], ['--pos', 'x'], ['--f', '1e3'],
              ['--f', 'nan1'], ['--hex', 'ff'], ['--hex', 'zz'], ['--up', 'abc'],
              ['--i', '1_0']])


def p_required():
    p = argparse.ArgumentParser(prog='req')
    p.add_argument('--must', required=True)
    p.add_argument('x')
    p.add_argument('y', nargs='?')
    return p


case('required')
run(p_required, [[], ['--must', '1'], ['a'], ['a', '--must', 'm', 'b']])


def p_mutex():
    p = argparse.ArgumentParser(prog='mx')
    g = p.add_mutually_exclusive_group()
    g.add_argument('-a', action='store_true')
    g.add_argument('-b', action='store_true')
    g.add_argument('--cc', type=int)
    r = p.add_mutually_exclusive_group(required=True)
    r.add_argument('--on', action='store_const', const='on', dest='state')
    r.add_argument('--off', action='store_const', const='off', dest='state')
    return p


case('mutually exclusive')
run(p_mutex, [[], ['--on'], ['--on', '--off'], ['-a', '--on'], ['-a', '-b', '--on'],
              ['-ab', '--off'], ['--cc', '1', '-a', '--on'], ['-h']])


def p_negative():
    p = argparse.ArgumentParser(prog='neg')
    p.add_argument('-x')
    p.add_argument('n', nargs='?')
    return p


def p_negative_opt():
    p = argparse.ArgumentParser(prog='negopt')
    p.add_argument('-1', dest='one', action='store_true')
    p.add_argument('n', nargs='?')
    return p


case('negative numbers')
run(p_negative, [['-1'], ['-x', '-1'], ['-x', '-1.5', '-2'], ['-.5'], ['-1e3'], ['-x', '-y']])
run(p_negative_opt, [['-1'], ['-2'], ['--', '-2'], ['5']])


def p_prefix():
    p = argparse.ArgumentParser(prog='pre', prefix_chars='+/')
    p.add_argument('+f')
    p.add_argument('++bar', action='store_true')
    p.add_argument('/q', action='count')
    return p


case('prefix chars')
run(p_prefix, [[], ['+f', '1', '++bar'], ['/q', '/q'], ['+h'], ['-f']])


def p_abbrev():
    p = argparse.ArgumentParser(prog='ab', allow_abbrev=False)
    p.add_argument('--foobar')
    p.add_argument('-a', action='store_true')
    p.add_argument('-b', action='store_true')
    return p


case('allow_abbrev=False')
run(p_abbrev, [['--foo', '1'], ['--foobar', '1'], ['-ab'], ['--foobar=2']])


def p_single_dash_long():
    p = argparse.ArgumentParser(prog='sdl')
    p.add_argument('-foo')
    p.add_argument('-f', action='store_true')
    return p


case('single-dash long options')
run(p_single_dash_long, [['-foo', '1'], ['-f'], ['-fo', 'x'], ['-foo=3'], ['-fx']])


def p_sub():
    p = argparse.ArgumentParser(prog='git')
    p.add_argument('--top', action='store_true')
    sp = p.add_subparsers(dest='cmd', help='sub-command help')
    a = sp.add_parser('add', help='add things', aliases=['ad'])
    a.add_argument('paths', nargs='+')
    a.add_argument('-n', type=int)
    c = sp.add_parser('commit', help='record changes')
    c.add_argument('-m', required=True)
    c.set_defaults(func='commit-func')
    return p


case('subparsers')
run(p_sub, [[], ['add', 'x', 'y'], ['ad', 'z'], ['add'], ['commit'], ['commit', '-m', 'hi'],
            ['--top', 'commit', '-m', 'x'], ['bad'], ['add', '-n', 'q', 'p'],
            ['add', 'p', '--zz'], ['commit', '-m', 'x', 'extra'], ['-h'], ['add', '-h'],
            ['commit', '--top']])


def p_sub_required():
    p = argparse.ArgumentParser(prog='tool')
    sp = p.add_subparsers(required=True)
    sp.add_parser('run')
    sp.add_parser('stop')
    return p


case('required subparsers without dest')
run(p_sub_required, [[], ['run'], ['go'], ['-h']])


def p_defaults():
    p = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
    p.add_argument('--a')
    p.add_argument('--b', default='B')
    p.set_defaults(extra=1, b='overridden')
    return p


case('defaults')
run(p_defaults, [[], ['--a', '1'], ['--b', '2']])


def p_parents():
    base = argparse.ArgumentParser(add_help=False)
    base.add_argument('--shared', type=int, default=5)
    base.set_defaults(origin='base')
    p = argparse.ArgumentParser(prog='child', parents=[base])
    p.add_argument('item')
    return p


case('parents')
run(p_parents, [['i'], ['i', '--shared', '9'], ['-h']])


def p_resolve():
    p = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
    p.add_argument('-f', '--foo', help='old foo')
    p.add_argument('--foo', help='new foo')
    return p


case('conflict resolve')
run(p_resolve, [['-f', '1'], ['--foo', '2'], ['-h']])


def p_metavar():
    p = argparse.ArgumentParser(prog='mv')
    p.add_argument('--point', nargs=2, metavar=('X', 'Y'))
    p.add_argument('--star', nargs='*', metavar='S')
    p.add_argument('--plus', nargs='+', metavar=('FIRST', 'MORE'))
    p.add_argument('src', metavar='SOURCE')
    p.add_argument('--dst', dest='target', metavar='PATH', required=True)
    return p


case('metavar')
run(p_metavar, [[], ['s'], ['s', '--dst', 'd', '--point', '1', '2'], ['-h']])


def p_no_exit():
    p = argparse.ArgumentParser(prog='ne', exit_on_error=False)
    p.add_argument('--n', type=int)
    p.add_argument('--c', choices=['a'])
    p.add_argument('x', nargs='?')
    return p


case('exit_on_error=False')
run(p_no_exit, [['--n', 'z'], ['--c', 'b'], ['--n'], ['1', '2'], ['--n', '3']])


def p_intermixed():
    p = argparse.ArgumentParser(prog='mix')
    p.add_argument('--foo')
    p.add_argument('cmd')
    p.add_argument('rest', nargs='*', type=int)
    return p


case('intermixed')
for argv in [['doit', '1', '--foo', 'bar', '2', '3'], ['a', '1', '2'], ['--foo', 'x', 'c']]:
    print(argv, p_intermixed().parse_intermixed_args(argv))
    print(argv, p_intermixed().parse_known_args(argv))
