# optparse callbacks, defaults, Values and extending Option with a new type and action.
import copy
import os
import sys
import tempfile

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout

from optparse import OptionParser, Option, OptionValueError, Values, OptionGroup
import optparse

calls = []


def record(option, opt_str, value, parser, *args, **kwargs):
    calls.append((str(option), opt_str, value, args, sorted(kwargs.items()),
                  list(parser.largs), list(parser.rargs)))


def set_and_flag(option, opt_str, value, parser):
    setattr(parser.values, option.dest, value)
    parser.values.seen_flag = True


def vararg_callback(option, opt_str, value, parser):
    # Takes the following arguments up to the next option (the documented recipe).
    assert value is None
    value = []
    for arg in parser.rargs:
        if arg[:2] == '--' and len(arg) > 2:
            break
        if arg[:1] == '-' and len(arg) > 1:
            break
        value.append(arg)
    del parser.rargs[:len(value)]
    setattr(parser.values, option.dest, value)


def must_come_first(option, opt_str, value, parser):
    if parser.values.b is not None:
        raise OptionValueError("can't use %s after -b" % opt_str)
    parser.values.a = True


def not_allowed(option, opt_str, value, parser):
    parser.error('%s is not allowed here' % opt_str)


p = OptionParser(prog='cb')
p.add_option('-r', action='callback', callback=record)
p.add_option('--rec', action='callback', callback=record, type='int',
             callback_args=(1, 2), callback_kwargs={'k': 'v'})
p.add_option('--two', action='callback', callback=record, nargs=2, type='float')
p.add_option('-s', '--set', action='callback', callback=set_and_flag, type='string',
             dest='setting')
p.add_option('-c', '--collect', action='callback', callback=vararg_callback, dest='collected')
p.add_option('-a', action='callback', callback=must_come_first)
p.add_option('-b', type='int')
p.add_option('--forbidden', action='callback', callback=not_allowed)
for argv in (['x', '-r', 'y'], ['--rec', '5', 'z'], ['--rec=0x10'], ['--two', '1', '2.5'],
             ['-s', 'val', 'pos'], ['-c', 'a', 'b', '-b', '3', 'c'],
             ['-c', 'a', 'b', '--rec', '1'], ['-c'], ['-a', '-b', '1'], ['-b', '1', '-a'],
             ['--forbidden'], ['--rec', 'nine'], ['-rr']):
    calls.clear()
    try:
        values, args = p.parse_args(argv)
    except SystemExit as exc:
        print(argv, 'exit', exc.code)
        continue
    print(argv, {k: v for k, v in sorted(vars(values).items()) if v is not None}, args)
    for call in calls:
        print('   ', call)

# Defaults: string defaults are checked (converted) at parse time, set_defaults and
# set_default, process_default_values, a Values passed in.
d = OptionParser()
d.add_option('-n', type='int', default='0x10')
d.add_option('-f', type='float', default='2')
d.add_option('-m', type='choice', choices=['a', 'b'], default='a')
d.add_option('-x', default='plain')
d.add_option('-l', action='append', default=['base'])
d.add_option('-k', dest='later')
print(sorted(d.defaults.items()))
print(d.parse_args([])[0])
d.set_defaults(later='L', extra=5)
d.set_default('x', 'changed')
print(d.parse_args([])[0])
print(d.parse_args(['-l', 'one'])[0].l, d.defaults['l'])
d.set_defaults(n='nope')
try:
    d.parse_args([])
except OptionValueError as exc:
    print('OptionValueError', exc)
d.set_process_default_values(False)
print(d.parse_args([])[0].n)
d.set_defaults(n=3)
mine = Values({'n': 100, 'own': True})
values, args = d.parse_args(['-n', '5', 'rest'], mine)
print(values is mine, values.n, values.own, args)
print(sorted(vars(d.get_default_values()).items()))

# Values.
v = Values({'a': 1, 'b': None})
print(v, v == {'a': 1, 'b': None}, v == Values({'a': 1, 'b': None}), v != Values(), v == 3)
print(v.ensure_value('b', []), v.ensure_value('a', 9), v.ensure_value('c', 'new'), v)
v._update_loose({'z': 26, 'a': 2})
print(v)
v._update_careful({'a': 3, 'b': 'set', 'unknown': 0, 'c': None})
print(v)
try:
    v._update({}, 'sloppy')
except ValueError as exc:
    print('ValueError', exc)
with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as tf:
    tf.write('a = 10\nfresh = 11\n')
v.read_file(tf.name)
print(v)
v.read_file(tf.name, mode='loose')
print(sorted(k for k in vars(v) if not k.startswith('__')), v.fresh)
os.unlink(tf.name)
print(Values(), Values(None), str(Values({'k': [1]})))


# Extending Option: a new type and a new action (the documented recipes).
def check_mylist(option, opt, value):
    return [item.strip() for item in value.split(',') if item.strip()]


class MyOption(Option):
    TYPES = Option.TYPES + ('mylist',)
    TYPE_CHECKER = copy.copy(Option.TYPE_CHECKER)
    TYPE_CHECKER['mylist'] = check_mylist
    ACTIONS = Option.ACTIONS + ('extend',)
    STORE_ACTIONS = Option.STORE_ACTIONS + ('extend',)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ('extend',)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ('extend',)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'extend':
            values.ensure_value(dest, []).extend(value.split(','))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


e = OptionParser(option_class=MyOption, prog='ext')
e.add_option('--names', action='extend')
e.add_option('--items', type='mylist')
e.add_option('--count', action='count')
values, args = e.parse_args(['--names', 'a,b', '--names=c', '--items', ' x, y ,,z ',
                             '--count', 'left'])
print(values.names, values.items, values.count, args)
print(type(e.get_option('--names')).__name__, e.get_option('--names').type)
print(e.format_help(), end='')


class Positive(Option):
    def check_value(self, opt, value):
        value = Option.check_value(self, opt, value)
        if self.type == 'int' and value <= 0:
            raise OptionValueError('option %s: %d is not positive' % (opt, value))
        return value


pp = OptionParser(option_class=Positive, prog='pos')
pp.add_option('-n', type='int')
print(pp.parse_args(['-n', '4'])[0].n)
try:
    pp.parse_args(['-n', '-4'])
except SystemExit as exc:
    print('exit', exc.code)

# A standard_option_list, an option_list given to the constructor, and add_options.
class Standard(OptionParser):
    standard_option_list = [Option('--std', action='store_true', help='always there')]


s = Standard(option_list=[Option('--given', help='from the constructor')], prog='std',
             add_help_option=False)
s.add_options([Option('--more'), Option('--most', type='int')])
print([str(o) for o in s.option_list])
print(s.parse_args(['--std', '--most', '3'])[0])

# The parser's state after a parse; destroy().
t = OptionParser()
t.add_option('-v', action='store_true')
g = OptionGroup(t, 'G')
g.add_option('-w', action='store_true')
t.add_option_group(g)
vals, rest = t.parse_args(['a', '-v', 'b', '-w'])
print(t.largs, t.rargs, t.values is vals, rest)
t.destroy()
print(hasattr(t, 'option_list'), hasattr(t, '_short_opt'), hasattr(g, 'option_list'))

# Arguments come from sys.argv[1:] when none are given, and are not changed.
sys.argv = ['prog.py', '-v', 'x']
u = OptionParser()
u.add_option('-v', action='store_true')
argv = ['-v', 'kept']
print(u.parse_args()[1], u.parse_args(argv)[1], argv)
