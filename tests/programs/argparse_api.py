# argparse API surface: declaration errors, Namespace, ArgumentError, FileType, fromfile,
# defaults, sys.argv handling, print/exit helpers, custom actions and formatters.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def attempt(label, func):
    try:
        print(label, '->', func())
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


def capture(func):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    code = 'no exit'
    try:
        func()
    except SystemExit as exc:
        code = exc.code
    finally:
        sys.stdout, sys.stderr = saved
    print('exit:', code)
    print('stdout:', repr(out.getvalue()))
    print('stderr:', repr(err.getvalue()))


P = argparse.ArgumentParser
attempt('store nargs=0', lambda: P().add_argument('--x', nargs=0))
attempt('const without ?', lambda: P().add_argument('--x', const=1))
attempt('append nargs=0', lambda: P().add_argument('--x', action='append', nargs=0))
attempt('bad prefix', lambda: P().add_argument('--x', 'y'))
attempt('dest twice', lambda: P().add_argument('x', dest='y'))
attempt('required positional', lambda: P().add_argument('x', required=True))
attempt('no dest', lambda: P().add_argument('--', '-'))
attempt('unknown action', lambda: P().add_argument('--x', action='frobnicate'))
attempt('uncallable type', lambda: P().add_argument('--x', type='frob'))
attempt('FileType class', lambda: P().add_argument('--x', type=argparse.FileType))
attempt('metavar tuple', lambda: P().add_argument('--x', nargs=3, metavar=('A', 'B')))
attempt('metavar tuple ok', lambda: P().add_argument('--x', nargs=2, metavar=('A', 'B')).metavar)
attempt('conflict', lambda: P().add_argument('-h'))
attempt('conflicts', lambda: P(prog='c').add_argument('-h', '--help', '--new'))
attempt('bad handler', lambda: P(conflict_handler='nope'))
attempt('mutex required', lambda: P().add_mutually_exclusive_group().add_argument(
    '--r', required=True))
attempt('invalid nargs', lambda: P().add_argument('--x', nargs='x'))

print(repr(P(prog='r').add_argument('-x', '--ex', action='store_true', help='h')))
print(repr(P(prog='r').add_argument('pos', nargs='+', choices=[1, 2], type=int)))
print(P(prog='r', usage='u', description='d', add_help=False))

ns = argparse.Namespace(a=1, b=[2])
print(ns, ns == argparse.Namespace(b=[2], a=1), ns != argparse.Namespace(a=1),
      'a' in ns, 'z' in ns, ns == 5, vars(ns))
ns.c = 'x'
print(ns, argparse.Namespace(), argparse.Namespace(**{'1x': 1, 'y': 2}))

err = argparse.ArgumentError(None, 'plain message')
print(str(err), '|', err.message, err.argument_name)
act = P(prog='e').add_argument('--thing', '-t')
err = argparse.ArgumentError(act, 'bad thing')
print(str(err), '|', err.argument_name)
print(isinstance(argparse.ArgumentTypeError('x'), Exception))

# Defaults and get_default.
p = P(prog='d')
p.add_argument('--a', default=1)
p.set_defaults(a=2, other='o')
p.add_argument('--b')
print(p.get_default('a'), p.get_default('other'), p.get_default('b'), p.get_default('zz'))
print(p.parse_args([]))
print(p.parse_args(['--a', '3'], namespace=argparse.Namespace(pre='set', b='kept')))

# String defaults go through type only when the argument is absent.
p = P(prog='conv')
p.add_argument('--n', type=int, default='12')
p.add_argument('--l', type=int, nargs='*', default='5')
p.add_argument('--bad', type=int, default='oops')
capture(lambda: print(p.parse_args(['--bad', '1'])))
capture(lambda: print(p.parse_args([])))

# sys.argv and the default prog.
sys.argv = ['/some/where/tool.py', '--flag', 'value']
p = P()
p.add_argument('--flag')
print(p.prog, p.parse_args())
capture(lambda: p.parse_args(['--nope']))
sys.argv = ['argparse_api.py']

# print_usage / print_help / exit / error helpers.
p = P(prog='helpers')
p.add_argument('--x')
capture(lambda: p.print_usage())
capture(lambda: p.print_help(sys.stderr))
capture(lambda: p.exit())
capture(lambda: p.exit(3, 'leaving now\n'))
capture(lambda: p.error('custom problem'))
capture(lambda: p.parse_args(['--version']))
v = P(prog='ver')
v.add_argument('-V', action='version', version='%(prog)s version 2.5 ' + 'long ' * 20)
capture(lambda: v.parse_args(['-V']))

# FileType.
print(argparse.FileType(), argparse.FileType('wb', 0), argparse.FileType('r', -1, 'utf-8', 'strict'))
print(argparse.FileType('r')('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
attempt('FileType mode', lambda: argparse.FileType('q')('-'))
p = P(prog='ft')
p.add_argument('infile', type=argparse.FileType('r'))
capture(lambda: p.parse_args(['/nonexistent/dir/file.txt']))
here = os.path.abspath(__file__)
handle = p.parse_args([here]).infile
print(handle.readline().rstrip())
handle.close()

# fromfile_prefix_chars, with a file written in a fresh temporary folder.
import tempfile
folder = tempfile.mkdtemp()
try:
    path = os.path.join(folder, 'args.txt')
    with open(path, 'w') as f:
        f.write('--size\n7\nname\n')
    p = P(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--size', type=int)
    p.add_argument('name')
    p.add_argument('more', nargs='*')
    print(p.parse_args(['@' + path, 'tail']))
    sys.stderr = io.StringIO()
    try:
        p.parse_args(['@' + os.path.join(folder, 'missing.txt')])
    except SystemExit as exc:
        said = sys.stderr.getvalue().replace(folder, 'FOLDER')
        sys.stderr = sys.__stderr__
        print('missing file: exit', exc.code, repr(said))

    class SplitLines(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, arg_line):
            return arg_line.split()
    with open(path, 'w') as f:
        f.write('--size 9 alpha\nbeta gamma\n')
    q = SplitLines(prog='split', fromfile_prefix_chars='@')
    q.add_argument('--size', type=int)
    q.add_argument('words', nargs='+')
    print(q.parse_args(['@' + path]))
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)


# A custom Action with its own constructor, and one that raises ArgumentError.
class KeyValue(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        kwargs.setdefault('nargs', '+')
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        table = dict(getattr(namespace, self.dest) or {})
        for item in values:
            if '=' not in item:
                raise argparse.ArgumentError(self, 'expected KEY=VALUE, got %r' % item)
            key, value = item.split('=', 1)
            table[key] = value
        setattr(namespace, self.dest, table)


p = P(prog='kv')
p.add_argument('--set', action=KeyValue, metavar='KEY=VALUE')
print(p.parse_args(['--set', 'a=1', 'b=2', '--set', 'c=3']))
capture(lambda: p.parse_args(['--set', 'oops']))
capture(lambda: p.print_help())


# A formatter subclass overriding the documented-by-use hooks.
class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=30, width=70)

    def _split_lines(self, text, width):
        return [line.upper() for line in super()._split_lines(text, width)]


p = P(prog='wide', formatter_class=Wide)
p.add_argument('--alpha', help='some help for alpha that will wrap because it is long enough')
print(p.format_help(), end='')

# register: a named type.
p = P(prog='reg')
p.register('type', 'yesno', lambda s: {'yes': True, 'no': False}[s] if s in ('yes', 'no') else int(s))
p.add_argument('--ok', type='yesno')
print(p.parse_args(['--ok', 'yes']))
capture(lambda: p.parse_args(['--ok', 'maybe']))

# Subparsers declared twice, and conflicting names.
p = P(prog='twice')
p.add_subparsers()
capture(lambda: p.add_subparsers())
sp = P(prog='dup').add_subparsers()
sp.add_parser('a')
attempt('duplicate subparser', lambda: sp.add_parser('a'))
print(sp.add_parser('b', aliases=['bb']).prog)
