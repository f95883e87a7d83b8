# argparse sub-commands: dispatch through set_defaults, nested sub-parsers, aliases,
# defaults that override the parent's, unknown words collected for the parent, help.
import argparse
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def quiet(func, *args):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = func(*args)
    except SystemExit as exc:
        result = 'SystemExit(%r)' % (exc.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print(result)
    for line in (out.getvalue() + err.getvalue()).splitlines():
        print('   |', line)


def cmd_build(ns):
    return 'building %s with %d jobs' % (ns.target, ns.jobs)


def cmd_clean(ns):
    return 'cleaning (all=%s)' % ns.all


def make():
    p = argparse.ArgumentParser(prog='mk', description='A make-like tool.')
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('--jobs', type=int, default=1)
    p.set_defaults(mode='parent-default')
    sub = p.add_subparsers(dest='command', required=True, metavar='COMMAND')
    b = sub.add_parser('build', aliases=['b'], help='build a target',
                       description='Build the target.')
    b.add_argument('target', nargs='?', default='all')
    b.add_argument('-j', '--jobs', type=int, default=4)
    b.set_defaults(func=cmd_build, mode='build-default')
    c = sub.add_parser('clean', help='remove outputs')
    c.add_argument('--all', action='store_true')
    c.set_defaults(func=cmd_clean)
    remote = sub.add_parser('remote', help='manage remotes')
    rsub = remote.add_subparsers(dest='action', title='remote actions')
    add = rsub.add_parser('add', help='add a remote')
    add.add_argument('name')
    add.add_argument('url')
    rsub.add_parser('list', help='list remotes')
    return p


for argv in (['build', 'app'], ['b'], ['-v', 'build', '-j', '8', 'lib'], ['clean', '--all'],
             ['--jobs', '3', 'clean'], ['remote', 'add', 'origin', 'git://x'], ['remote'],
             ['remote', 'list']):
    ns = make().parse_args(argv)
    print(argv, ns.command, getattr(ns, 'func', None) and ns.func(ns))
    print('   ', sorted(k for k in vars(ns) if k != 'func'), ns.mode)

for argv in (['build', 'x', '--unknown', 'y'], ['-v', 'remote', 'add', 'n', 'u', 'extra', '--flag'],
             ['--what', 'clean', '--all', 'more']):
    ns, extras = make().parse_known_args(argv)
    print(getattr(ns, 'func', cmd_build).__name__, argparse.Namespace(
        **{k: v for k, v in vars(ns).items() if k != 'func'}), extras)

for argv in ([], ['bogus'], ['build', 'a', 'b'], ['remote', 'add', 'n'], ['clean', '--al'],
             ['-h'], ['build', '-h'], ['remote', '-h'], ['remote', 'add', '-h'],
             ['build', '-j', 'many']):
    print(argv)
    quiet(lambda a: make().parse_args(a).command, argv)

quiet(make().print_usage)

# A namespace passed in is filled in place, sub-parser values included.
target = argparse.Namespace(existing=True)
result = make().parse_args(['clean'], namespace=target)
print(result is target, target.existing, target.command, target.all, target.func.__name__)

# Sub-parsers added with a custom parser class and prog.


class Loud(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError('LOUD: ' + message)


top = Loud(prog='top')
subs = top.add_subparsers(dest='cmd', prog='custom-prog')
one = subs.add_parser('one')
one.add_argument('n', type=int)
print(type(one).__name__, one.prog)
try:
    top.parse_args(['one', 'x'])
except ValueError as exc:
    print(exc)
try:
    top.parse_args(['two'])
except ValueError as exc:
    print(exc)
print(top.parse_args(['one', '5']))

# The positionals before the sub-command become part of each sub-parser's prog.
lead = argparse.ArgumentParser(prog='lead')
lead.add_argument('--opt')
lead.add_argument('first')
leadsub = lead.add_subparsers()
print(leadsub.add_parser('go').prog)
print(lead.parse_args(['x', 'go']))
