"""Read a password without echo, and find the user's login name
(tessera's own implementation, from the documentation of CPython's getpass).

tessera has no termios, so echo cannot be switched off: getpass() always
takes the path CPython takes when it has no terminal to control -- it issues
GetPassWarning, tells the stream that input may be echoed, and reads a line
from sys.stdin.
"""

import os as _os
import sys as _sys
import warnings as _warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    """Issued when the password cannot be read without echo."""


def _show(stream, text):
    try:
        stream.write(text)
    except UnicodeEncodeError:
        # what the stream cannot encode is written as '?'
        codec = getattr(stream, 'encoding', None) or 'ascii'
        stream.write(text.encode(codec, 'replace').decode(codec))


def _read_reply(prompt, stream):
    text = str(prompt)
    if text:
        _show(stream, text)
    stream.flush()
    reply = _sys.stdin.readline()
    if not reply:
        raise EOFError
    if reply.endswith('\n'):
        reply = reply[:-1]
    return reply


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt on `stream` (default sys.stderr) and read a line from sys.stdin,
    with echo, after a GetPassWarning and a notice on the stream."""
    _warnings.warn('Can not control echo on the terminal.', GetPassWarning,
                   stacklevel=2)
    if not stream:
        stream = _sys.stderr
    print('Warning: Password input may be echoed.', file=stream)
    return _read_reply(prompt, stream)


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password; the prompt goes to `stream` (default
    sys.stderr) and the answer, without its newline, is returned.
    EOFError when stdin is at its end."""
    if not stream:
        stream = _sys.stderr
    answer = fallback_getpass(prompt, stream)
    # the user's Enter was not echoed on a real terminal: end the line
    stream.write('\n')
    return answer


def _uid():
    getuid = getattr(_os, 'getuid', None)
    if getuid is not None:
        return getuid()
    # Linux: the real uid is the first number on the Uid: line
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('Uid:'):
                return int(line.split()[1])
    return None


def _login_from_passwd():
    # the name of the current uid in the local password file, or None
    try:
        uid = _uid()
        if uid is None:
            return None
        with open('/etc/passwd') as table:
            for entry in table:
                fields = entry.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except (OSError, ValueError):
        return None
    return None


def getuser():
    """Return the login name of the user: the first non-empty one of the
    environment variables LOGNAME, USER, LNAME and USERNAME, else the name of
    the user's uid in the password file; OSError when neither gives one."""
    for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = _os.environ.get(var)
        if name:
            return name
    name = _login_from_passwd()
    if name is None:
        raise OSError('No username set in the environment')
    return name
