# optparse errors: Option construction (OptionError messages), conflicts and the resolve
# handler, remove_option, the exception classes, error()/exit() and their exit status.
import os
import re
import sys

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout

import optparse
from optparse import (OptionParser, Option, OptionGroup, OptionError, OptionConflictError,
                      OptionValueError, BadOptionError, OptParseError, make_option)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print(label, '->', type(exc).__name__ + ':', re.sub(r'0x[0-9a-f]+', 'ADDR', str(exc)))
    else:
        print(label, '=', re.sub(r'0x[0-9a-f]+', 'ADDR', repr(result)))


attempt('one char', lambda: Option('x'))
attempt('bad short', lambda: Option('-xy'))
attempt('triple dash', lambda: Option('---x'))
attempt('double dash only', lambda: Option('--'))
attempt('single dash', lambda: Option('-'))
attempt('no dash', lambda: Option('ab'))
attempt('second bad', lambda: Option('-a', '-bc'))
attempt('none given', lambda: Option())
attempt('only empty', lambda: Option('', None))
attempt('unknown kwargs', lambda: Option('-a', foo=1, bar=2))
attempt('bad action', lambda: Option('-a', action='foo'))
attempt('bad type', lambda: Option('-a', type='foo'))
attempt('type object list', lambda: Option('-a', type=list))
attempt('type for count', lambda: Option('-a', type=str, action='count'))
attempt('type for store_true', lambda: Option('--x', action='store_true', type='int'))
attempt('choice without choices', lambda: Option('-a', type='choice'))
attempt('choices as str', lambda: Option('-a', type='choice', choices='abc'))
attempt('choices as set', lambda: Option('-a', type='choice', choices={'a'}))
attempt('choices for int', lambda: Option('-a', type='int', choices=['a']))
attempt('choices for str type', lambda: Option('-a', type=str, choices=['x']))
attempt('const for store', lambda: Option('-a', const=1))
attempt('const for append', lambda: Option('-a', action='append', const=1))
attempt('nargs for store_true', lambda: Option('-a', action='store_true', nargs=2))
attempt('callback not callable', lambda: Option('-a', action='callback', callback='x'))
attempt('callback missing', lambda: Option('--x', action='callback'))
attempt('callback_args list', lambda: Option('-a', action='callback', callback=len,
                                             callback_args=[1]))
attempt('callback_kwargs list', lambda: Option('-a', action='callback', callback=len,
                                               callback_kwargs=[1]))
attempt('callback for store', lambda: Option('-a', action='store', callback=len))
attempt('callback_args for store', lambda: Option('-a', callback_args=(1,)))
attempt('callback_kwargs for store', lambda: Option('-a', callback_kwargs={}))
attempt('not a string', lambda: Option(1))

# What a valid option ends up with.
for args, kwargs in [(('-a', '--bb-cc', '-d'), {}), (('-a',), {'type': int}),
                     (('-a',), {'choices': ['x']}),
                     (('-a',), {'action': 'store_const'}), (('-a',), {'action': 'count'}),
                     (('-a',), {'action': 'callback', 'callback': len}),
                     (('-a',), {'action': 'callback', 'callback': len, 'type': 'int'}),
                     (('--x',), {'nargs': 2}), (('--x',), {'action': 'help'}),
                     (('--x-y-z',), {'type': float, 'dest': 'target', 'metavar': 'M'}),
                     (('-a',), {'type': 'choice', 'choices': ('p', 'q')})]:
    o = make_option(*args, **kwargs)
    print(str(o), o.get_opt_string(), o.action, o.type, o.dest, o.nargs, o.const, o.metavar,
          o.default, o.takes_value(), o._short_opts, o._long_opts)
print(make_option is Option, optparse.NO_DEFAULT)

# Conflicts.
p = OptionParser(prog='c')
p.add_option('-a', '--all')
attempt('same short', lambda: p.add_option('-a'))
attempt('two taken', lambda: p.add_option('-b', '--all', '-a'))
attempt('help taken', lambda: p.add_option('--help'))
attempt('not an option', lambda: p.add_option(1))
attempt('option plus args', lambda: p.add_option(Option('-q'), 3))
attempt('no args', lambda: p.add_option())
attempt('remove missing', lambda: p.remove_option('--nope'))
print(p.has_option('-a'), p.get_option('--all') is p.get_option('-a'))
p.remove_option('--all')
print(p.has_option('-a'), p.has_option('--all'), p.get_option('-a'))
g = OptionGroup(p, 'G')
g.add_option('-g', '--gee')
p.add_option_group(g)
attempt('group conflict', lambda: p.add_option('--gee'))
attempt('group vs parser', lambda: g.add_option('-h'))
print(p.get_option_group('-g') is g, p.get_option_group('-h'), p.get_option_group('-z'))
p.remove_option('-g')
print(g.option_list, p.has_option('--gee'))
attempt('group instance of other parser', lambda: p.add_option_group(OptionGroup(OptionParser(), 'T')))
attempt('group not a group', lambda: p.add_option_group(3))
attempt('group extra args', lambda: p.add_option_group(g, 1))

r = OptionParser(conflict_handler='resolve', prog='r')
r.add_option('-a', '--all', help='first')
r.add_option('-a', help='second')
print([str(o) for o in r.option_list])
r.add_option('--all', help='third')
print([str(o) for o in r.option_list])
r.add_option('-h', help='not help any more')
print([str(o) for o in r.option_list])
print(r.format_option_help(), end='')
attempt('bad handler', lambda: OptionParser(conflict_handler='x'))
attempt('set bad handler', lambda: r.set_conflict_handler('x'))

# The exception classes.
print(OptionError('msg', Option('-a', '--bb')), '|', OptionError('msg', None), '|',
      OptionValueError('v'), '|', BadOptionError('--z'), '|',
      optparse.AmbiguousOptionError('--a', ['--ab', '--ac']))
e = OptionError('m', Option('-q'))
print(e.msg, e.option_id, OptParseError('x').msg, BadOptionError('q').opt_str)
print(optparse.AmbiguousOptionError('--a', ['x']).possibilities)
print([c.__name__ for c in OptionConflictError.__mro__])
print([c.__name__ for c in optparse.AmbiguousOptionError.__mro__])
print(issubclass(OptionValueError, OptParseError), issubclass(OptParseError, Exception))

# error() and exit().
q = OptionParser(prog='q', usage='%prog [opts] FILE')
for action in (lambda: q.error('something is wrong'), lambda: q.exit(), lambda: q.exit(3),
               lambda: q.exit(4, 'leaving now\n'), lambda: q.exit(0, 'bye\n')):
    try:
        action()
    except SystemExit as exc:
        print('exit', exc.code)
quiet = OptionParser(prog='silent', usage=optparse.SUPPRESS_USAGE)
try:
    quiet.error('no usage printed')
except SystemExit as exc:
    print('exit', exc.code)


class Friendly(OptionParser):
    def error(self, msg):
        raise ValueError('friendly: ' + msg)


f = Friendly()
f.add_option('-n', type='int')
attempt('custom error', lambda: f.parse_args(['-n', 'x']))
attempt('custom error 2', lambda: f.parse_args(['--zzz']))
attempt('custom error 3', lambda: f.parse_args(['-n']))

# A failing parse ends the program with status 2 and the message on stderr.
sys.stderr = sys.__stderr__
last = OptionParser(prog='final')
last.add_option('--count', type='int')
last.parse_args(['--count', 'many'])
print('not reached')
