# getpass with stdin that is not a terminal (getpass_basic.stdin): the warning,
# the notice and the prompt on the stream, the line read from stdin; getuser.
import getpass
import io
import os
import sys
import warnings


def terminal_around():
    # CPython reads from the controlling terminal when there is one; then
    # take its fallback path by hand so the output stays the same
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True


def ask(prompt, stream):
    if terminal_around():
        value = getpass.fallback_getpass(prompt, stream)
        stream.write('\n')
        return value
    return getpass.getpass(prompt, stream)


print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    out = io.StringIO()
    print(repr(ask('Password: ', out)))
    print(repr(out.getvalue()))
    out = io.StringIO()
    print(repr(ask('Again? ', out)))
    print(repr(out.getvalue()))
    out = io.StringIO()
    print(repr(ask('', out)))
    print(repr(out.getvalue()))
    out = io.StringIO()
    try:
        ask('more: ', out)
    except EOFError as e:
        print('EOFError', repr(e))
    print(repr(out.getvalue()))
    out = io.StringIO()
    sys.stdin = io.StringIO('from a StringIO\nrest\n')
    print(repr(getpass.fallback_getpass(42, out)), repr(out.getvalue()))
    print([(w.category.__name__, str(w.message)) for w in caught])

for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(var, None)
print(type(getpass.getuser()).__name__)
os.environ['USERNAME'] = 'u4'
print(getpass.getuser())
os.environ['LNAME'] = 'u3'
print(getpass.getuser())
os.environ['USER'] = ''
print(getpass.getuser())
os.environ['USER'] = 'u2'
print(getpass.getuser())
os.environ['LOGNAME'] = 'u1'
print(getpass.getuser())
