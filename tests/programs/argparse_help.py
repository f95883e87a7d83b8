# argparse help and usage layout: sections, alignment, wrapping, groups, formatter classes.
import argparse
import os

os.environ['COLUMNS'] = '80'


def show(parser):
    print(parser.format_usage(), end='')
    print('-' * 20)
    print(parser.format_help(), end='')
    print('=' * 40)


p = argparse.ArgumentParser(
    prog='demo', description='A demo program that does a great many things, described '
    'at such length that the description has to be wrapped over several lines.',
    epilog='See the manual for more; %(prog)s is the program.')
p.add_argument('src', help='the source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-o', '--output-format', choices=['json', 'text', 'yaml'],
               help='format, one of %(choices)s')
p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE',
               help='an option whose invocation is wider than the help column')
p.add_argument('--n', type=int, default=10, help='count of type %(type)s, default %(default)s')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--nohelp')
p.add_argument('--long-help', help='word ' * 40)
show(p)

g = argparse.ArgumentParser(prog='grouped', add_help=False)
grp = g.add_argument_group('network', 'Options about the network, which need some '
                           'explanation first.')
grp.add_argument('--host', default='localhost', help='host name')
grp.add_argument('--port', type=int, help='port number')
g.add_argument_group('empty group')
g.add_argument_group('only text', 'A group with a description and no arguments.')
mx = g.add_mutually_exclusive_group()
mx.add_argument('-q', '--quiet', action='store_true')
mx.add_argument('-l', '--loud', action='store_true')
req = g.add_mutually_exclusive_group(required=True)
req.add_argument('--in', dest='inp')
req.add_argument('--stdin', action='store_true')
g.add_argument('--must', required=True)
g.add_argument('files', nargs='+')
g.add_argument('opt', nargs='*', metavar='EXTRA')
show(g)

for fmt in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog='fmt', formatter_class=fmt,
                                description='Keep\n  this   layout\n\n    exactly',
                                epilog='  epilog\n    lines')
    f.add_argument('--width', type=int, default=5, help='a width\n  on two lines')
    f.add_argument('--name', type=str, default='x', help='a name')
    f.add_argument('--flag', action='store_true', help='a flag')
    f.add_argument('--nodefault', type=float, help='no default given')
    f.add_argument('--nohelp', type=int, default=1)
    f.add_argument('pos', type=int, help='positional')
    f.add_argument('maybe', type=int, nargs='?', default=4, help='maybe positional')
    print(fmt.__name__)
    show(f)

# Usage wrapping with many options and a long prog.
w = argparse.ArgumentParser(prog='a-program-with-a-rather-long-name-for-usage-wrapping')
for i in range(8):
    w.add_argument('--option-number-%d' % i, metavar='V%d' % i)
w.add_argument('first_positional')
w.add_argument('second_positional', nargs='+')
show(w)

w2 = argparse.ArgumentParser(prog='short')
for i in range(10):
    w2.add_argument('--opt%d' % i, nargs='*')
w2.add_argument('alpha')
w2.add_argument('beta', nargs=2)
show(w2)

w3 = argparse.ArgumentParser(prog='onlypos')
for i in range(12):
    w3.add_argument('positional_%d' % i)
show(w3)

w4 = argparse.ArgumentParser(prog='p', usage='%(prog)s [options] file')
w4.add_argument('file')
show(w4)

s = argparse.ArgumentParser(prog='svc')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(title='commands', description='available commands', dest='cmd',
                       metavar='COMMAND', help='what to do')
st = sub.add_parser('start', help='start the service', aliases=['s', 'go'])
st.add_argument('name')
sub.add_parser('stop', help='stop the service')
sub.add_parser('status')
show(s)
show(st)

s2 = argparse.ArgumentParser(prog='nested')
s2.add_argument('target')
sub2 = s2.add_subparsers()
inner = sub2.add_parser('deep', help='a deep command')
inner.add_argument('--x')
show(s2)
show(inner)

for width in ('40', '120'):
    os.environ['COLUMNS'] = width
    p2 = argparse.ArgumentParser(prog='cols', description='the same text ' * 8)
    p2.add_argument('--alpha', help='help text for alpha ' * 4)
    p2.add_argument('--beta-option', metavar='B', help='beta')
    show(p2)
os.environ['COLUMNS'] = '80'

hf = argparse.ArgumentParser(
    prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(
        prog, max_help_position=40, width=60))
hf.add_argument('--some-longish-option', help='help that starts far to the right ' * 2)
hf.add_argument('-s', help='short')
show(hf)

e = argparse.ArgumentParser(prog='empty', add_help=False)
show(e)
print(repr(e.format_help()))

# A formatter subclass using the hooks common in the wild: _format_action, _metavar_formatter.
class NoSubMetavar(argparse.RawDescriptionHelpFormatter):
    def _format_action(self, action):
        parts = super()._format_action(action)
        if action.nargs == argparse.PARSER:
            parts = "\n".join(parts.split("\n")[1:])
        return parts
    def _metavar_formatter(self, action, default_metavar):
        if action.choices and not action.option_strings:
            return lambda n: ('<cmd>',) * n
        return super()._metavar_formatter(action, default_metavar)
p3 = argparse.ArgumentParser(prog='x', formatter_class=NoSubMetavar)
p3.add_argument('--level', choices=['a', 'b'], help='lvl')
s3 = p3.add_subparsers(title='commands')
s3.add_parser('one', help='first one')
s3.add_parser('two', help='second one')
print(p3.format_help())
