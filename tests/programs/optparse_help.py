# optparse help output: usage, description, options column, wrapping, groups, %default,
# SUPPRESS_HELP/SUPPRESS_USAGE, epilog, TitledHelpFormatter, widths and delimiters.
import io
import os
import sys

os.environ['COLUMNS'] = '80'

from optparse import (OptionParser, OptionGroup, Option, IndentedHelpFormatter,
                      TitledHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE)


def show(title, parser, formatter=None):
    print('=' * 10, title)
    print(parser.format_help(formatter), end='')


def build(**kwargs):
    p = OptionParser(prog='demo', **kwargs)
    p.add_option('-f', '--file', dest='filename', metavar='FILE',
                 help='write the report to FILE (default: %default)', default='report.txt')
    p.add_option('-q', '--quiet', action='store_false', dest='verbose', default=True,
                 help="don't print status messages to stdout")
    p.add_option('-n', type='int', help='how many (default %default)')
    p.add_option('--level', type='choice', choices=['a', 'b'], default='a',
                 help='a level, one of a or b; this help text is long enough that it has to '
                      'be wrapped over more than two lines of the help output')
    p.add_option('--a-very-long-option-name-indeed', help='short help')
    p.add_option('-s', '--secret', help=SUPPRESS_HELP)
    p.add_option('-x', action='store_true')
    p.add_option('--point', nargs=2, type='float', help='x and y')
    return p


p = build(description='A program that demonstrates how optparse lays out its help '
                      'text, with a description that must be wrapped.',
          epilog='Report bugs to nobody. This epilog is also long enough that it wraps '
                 'onto a second line.', version='%prog 1.0')
show('full', p)
g = OptionGroup(p, 'Dangerous Options', 'Caution: use these options at your own risk. '
                'It is believed that some of them bite.')
g.add_option('-g', action='store_true', help='Group option.')
g.add_option('--gg', metavar='LEVEL', help=SUPPRESS_HELP)
p.add_option_group(g)
g2 = p.add_option_group('Debug Options')
g2.add_option('-d', '--debug', action='store_true', help='Print debug information')
g2.add_option('--sql', action='store_true', help='Print all SQL statements executed')
g3 = p.add_option_group('Empty Group', 'Has a description only.')
show('groups', p)
show('titled', p, TitledHelpFormatter())
show('titled narrow', p, TitledHelpFormatter(width=50))
show('indented wide', p, IndentedHelpFormatter(width=120, max_help_position=40))
show('indented narrow', p, IndentedHelpFormatter(width=40))
show('indent 4', p, IndentedHelpFormatter(indent_increment=4, max_help_position=30))
show('short last', p, IndentedHelpFormatter(short_first=0))

f = IndentedHelpFormatter()
f.set_short_opt_delimiter('')
f.set_long_opt_delimiter(' ')
p2 = build(formatter=f)
show('delimiters', p2)
for bad in (lambda: f.set_short_opt_delimiter('='), lambda: f.set_long_opt_delimiter(':')):
    try:
        bad()
    except ValueError as exc:
        print('ValueError', exc)

# Usage variants.
for usage in (None, '%prog [options] arg1 arg2', 'usage: %prog FILE', 'USAGE: lower-cased',
              'Usage:no space', SUPPRESS_USAGE):
    q = OptionParser(usage=usage, prog='prg', add_help_option=False)
    print(repr(q.usage), repr(q.get_usage()))
    show('usage %r' % (usage,), q)
q = OptionParser(usage='%prog go', prog='prg', description='%prog describes itself.')
show('prog in description', q)
q.set_usage('%prog again')
print(repr(q.get_usage()))
q.set_description('New description.')
print(q.get_description(), q.description)
q = OptionParser(add_help_option=False, usage=SUPPRESS_USAGE)
show('nothing at all', q)
q = OptionParser(add_help_option=False, prog='e', epilog='only an epilog')
show('epilog only', q)
q = OptionParser(prog='p', usage='%prog')
q.add_option('--x', help='%default with no default, %default twice')
q.add_option('--y', default=0, help='zero: %default')
q.add_option('--z', default=[1, 2], help='list: %default')
show('defaults', q)
q.formatter.default_tag = None
show('no default tag', q)
q.formatter.default_tag = '%D'
q.add_option('--w', default='W', help='D: %D, not %default')
show('other default tag', q)

# print_help, print_usage, print_version to files and to stdout.
out = io.StringIO()
p.print_usage(out)
p.print_version(out)
print(repr(out.getvalue()))
p.print_usage()
p.print_version()
print(repr(p.get_version()), repr(OptionParser().get_version()))
OptionParser(version=None).print_version()
p.print_help()
buf = io.StringIO()
p.print_help(buf)
print(buf.getvalue() == p.format_help())
print(repr(p.format_option_help()[:60]), repr(p.format_description(p.formatter)))
print(repr(p.format_epilog(p.formatter)))

# Help requested on the command line goes to stdout and exits 0.
sys.argv[0] = '/some/where/script.py'
r = OptionParser(description='From argv.')
r.add_option('--alpha', help='first letter')
try:
    r.parse_args(['--help'])
except SystemExit as exc:
    print('exit', exc.code)
print(r.get_prog_name(), r.expand_prog_name('%prog and %prog'))

# The width comes from $COLUMNS (less 2) when the formatter is made; 80 without it.
for columns in ('50', '120', 'wide', None):
    if columns is None:
        del os.environ['COLUMNS']
    else:
        os.environ['COLUMNS'] = columns
    c = OptionParser(prog='cols', description='The same words wrapped to the width of the '
                     'terminal, as $COLUMNS tells it when the parser is made.')
    c.add_option('--flag', help='a flag whose help text is long enough to need wrapping '
                 'at the narrower widths')
    print(columns, c.formatter.width, c.formatter.help_position)
    print(c.format_help(), end='')
