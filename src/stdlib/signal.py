"""signal: set handlers for asynchronous events, written for tessera from the documented
behaviour over the Rust _signal module. Handlers run between bytecodes of the main
thread; they receive the signal number and None (tessera has no frame objects)."""

import _signal
from enum import IntEnum as _IntEnum

Signals = _IntEnum("Signals", _signal.named, module=__name__)


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


Handlers.__module__ = Sigmasks.__module__ = __name__

for _member in Signals.__members__.items():
    globals()[_member[0]] = _member[1]
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = _signal.NSIG
default_int_handler = _signal.default_int_handler
del _member


def _as_enum(value, kind):
    try:
        return kind(value)
    except ValueError:
        return value


def _public(handler):
    # The raw action _signal keeps: 0 and 1 are the Handlers members.
    if type(handler) is int:
        return _as_enum(handler, Handlers)
    return handler


def signal(signalnum, handler):
    if isinstance(handler, Handlers):
        handler = int(handler)
    return _public(_signal.signal(int(signalnum) if isinstance(signalnum, int) else signalnum,
                                  handler))


def getsignal(signalnum):
    return _public(_signal.getsignal(signalnum))


def raise_signal(signalnum):
    _signal.raise_signal(signalnum)


def strsignal(signalnum):
    return _signal.strsignal(signalnum)


def valid_signals():
    return {_as_enum(s, Signals) for s in _signal.valid_signals()}


if hasattr(_signal, "alarm"):
    def alarm(seconds):
        return _signal.alarm(seconds)

    def pause():
        _signal.pause()
