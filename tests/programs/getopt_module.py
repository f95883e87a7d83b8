import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)


def t(f, *a):
    try:
        print(f(*a))
    except getopt.GetoptError as e:
        print('ERR', repr(e), e.msg, repr(e.opt), e.args, str(e))


G = getopt.getopt
GNU = getopt.gnu_getopt
t(G, ['-a', '-bval', '-c', 'x', 'rest', '-a'], 'ab:c:')
t(G, ['-abfoo', '--'], 'ab:')
t(G, ['-z'], 'ab:')
t(G, ['-b'], 'ab:')
t(G, ['--alpha', '--beta=1', '--beta', '2', 'x'], 'a', ['alpha', 'beta='])
t(G, ['--al'], '', ['alpha', 'also'])
t(G, ['--alp'], '', ['alpha', 'also'])
t(G, ['--alpha=3'], '', ['alpha'])
t(G, ['--beta'], '', ['beta='])
t(G, ['--gamma'], '', ['beta='])
t(G, ['--a'], '', ['a', 'ab'])
t(G, ['--a'], '', 'ab')
t(G, ['-', '-a'], 'a')
t(G, ['--', '-a'], 'a')
t(G, [], 'a')
t(G, ['--beta='], '', ['beta='])
t(G, ['--beta'], '', ['beta=', 'beta'])
t(G, ['--be'], '', ['beta=', 'beta'])
t(G, ['--beta=1=2'], '', ['beta='])
t(G, ['--beta', '--x'], '', ['beta='])
t(G, ['-ab'], 'ab')
t(G, ['-a', '-'], 'a')
t(G, ['-ax'], 'ab')
t(G, ['-a:'], 'a:')
t(G, ['-:'], 'a:')
t(G, ['--=x'], '', ['a'])
t(G, ['-a', '--', 'x'], 'a')
t(G, ('-a', 'x'), 'a')
t(G, ['-b', '--'], 'b:')
t(G, ['-xyz', 'file'], 'xyz')
t(G, ['--verbose', '-o', 'out.txt', '--level=3', 'in1', 'in2'], 'o:v', ['verbose', 'level='])
t(GNU, ['x', '-a', 'y', '--alpha', '--', '-a'], 'a', ['alpha'])
t(GNU, ['x', '-a', 'y'], '+a')
t(GNU, ['-', '-a'], 'a')
t(GNU, ['-b', '-a'], 'ab:')
t(GNU, ['-q'], 'ab:')
t(GNU, ['--q'], 'ab:', 'qq')
t(GNU, ('x', '-a', 'y'), 'a')
t(GNU, ['--beta'], '', ['beta='])
t(GNU, ['in', '--level', '2', 'out', '-v'], 'v', ['level='])
os.environ['POSIXLY_CORRECT'] = '1'
t(GNU, ['x', '-a'], 'a')
t(GNU, ['-a', 'x', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
t(GNU, ['x', '-a'], 'a')
try:
    G(['-a'], 'a', None)
except TypeError as e:
    print('TypeError', e)
print(getopt.error is getopt.GetoptError, getopt.GetoptError.__mro__, getopt.__all__)
e = getopt.GetoptError('m')
print(repr(e), repr(e.opt), e.args, str(e))
e = getopt.GetoptError('m', 'o')
print(repr(e), e.msg, e.opt)
try:
    raise getopt.error('boom', 'q')
except getopt.GetoptError as e:
    print('caught', e)
