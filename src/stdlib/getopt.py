"""Command-line option parsing in the style of C's getopt(), written for tessera from the
documentation and observed behaviour of CPython 3.11's getopt module.

getopt() stops at the first argument that is not an option; gnu_getopt() collects such
arguments and goes on (unless the short options start with '+' or POSIXLY_CORRECT is set).
Both parse one argument at a time with _take_long / _take_short, which return the pairs
found and how many following arguments were used up as values."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad command line: msg says what is wrong, opt names the option ('' if none)."""

    msg = ''
    opt = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def _resolve_long(name, longopts):
    """(full option name, takes a value) for name, which may abbreviate one option."""
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return name, False
    if name + '=' in candidates:
        return name, True
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    only = candidates[0]
    if only.endswith('='):
        return only[:-1], True
    return only, False


def _take_long(body, following, longopts):
    """Parse '--body'; following are the arguments after it."""
    name, eq, value = body.partition('=')
    full, wants_value = _resolve_long(name, longopts)
    if wants_value:
        if eq:
            return [('--' + full, value)], 0
        if not following:
            raise GetoptError('option --%s requires argument' % full, full)
        return [('--' + full, following[0])], 1
    if eq:
        raise GetoptError('option --%s must not have an argument' % full, full)
    return [('--' + full, '')], 0


def _short_wants_value(letter, shortopts):
    place = shortopts.find(letter)
    if letter == ':' or place < 0:
        raise GetoptError('option -%s not recognized' % letter, letter)
    return shortopts.startswith(':', place + 1)


def _take_short(letters, following, shortopts):
    """Parse '-letters' (one or more clustered short options)."""
    found = []
    pos = 0
    while pos < len(letters):
        letter = letters[pos]
        pos += 1
        if not _short_wants_value(letter, shortopts):
            found.append(('-' + letter, ''))
            continue
        if pos < len(letters):
            found.append(('-' + letter, letters[pos:]))
            return found, 0
        if not following:
            raise GetoptError('option -%s requires argument' % letter, letter)
        found.append(('-' + letter, following[0]))
        return found, 1
    return found, 0


def _take_option(args, at, shortopts, longopts):
    current = args[at]
    following = args[at + 1:]
    if current.startswith('--'):
        return _take_long(current[2:], following, longopts)
    return _take_short(current[1:], following, shortopts)


def getopt(args, shortopts, longopts=[]):
    """Parse args (usually sys.argv[1:]); returns (pairs of option and value, the
    arguments left after the options)."""
    longopts = _long_list(longopts)
    pairs = []
    at = 0
    while at < len(args):
        current = args[at]
        if current == '--':
            at += 1
            break
        if not current.startswith('-') or current == '-':
            break
        found, used = _take_option(args, at, shortopts, longopts)
        pairs.extend(found)
        at += 1 + used
    return pairs, args[at:]


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options and other arguments may be mixed."""
    longopts = _long_list(longopts)
    strict = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        strict = True
    elif os.environ.get('POSIXLY_CORRECT'):
        strict = True
    pairs = []
    rest = []
    at = 0
    while at < len(args):
        current = args[at]
        if current == '--':
            rest.extend(args[at + 1:])
            break
        if current.startswith('-') and current != '-':
            found, used = _take_option(args, at, shortopts, longopts)
            pairs.extend(found)
            at += 1 + used
            continue
        if strict:
            rest.extend(args[at:])
            break
        rest.append(current)
        at += 1
    return pairs, rest
