"""Timing of small code snippets, written for tessera from the documentation and observed
behaviour of CPython 3.11's timeit module (the command-line interface is not provided).

A Timer turns string statements into the body of a generated function that runs them in
a loop between two readings of the timer; callables are called from such a loop instead.
The garbage collector is paused while the loop runs."""

import gc
import itertools
import time
import traceback

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter

default_number = 1000000
default_repeat = 5

_SOURCE_NAME = "<timeit-src>"


def _indented(code, depth):
    """code (a statement string) with every line after the first indented by depth
    levels, for placement inside the generated function at that depth."""
    return code.replace("\n", "\n" + "    " * depth)


def _part(code, what, slot, depth, calls):
    """Source text for one part (setup or stmt): a string is inlined, a callable is
    called through a parameter named slot (recorded in calls)."""
    if isinstance(code, str):
        # Checked on its own first, so that 'return' and friends are refused as they
        # would be at top level, with setup's lines coming before stmt's.
        compile(code if what == "setup" else calls["__setup_text"] + "\n" + code,
                _SOURCE_NAME, "exec")
        return _indented(code, depth)
    if callable(code):
        calls[slot] = code
        return slot + "()"
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Times stmt (run number times per measurement) after running setup once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        calls = {"__setup_text": setup if isinstance(setup, str) else ""}
        setup_src = _part(setup, "setup", "_timeit_setup", 1, calls)
        stmt_src = _part(stmt, "stmt", "_timeit_stmt", 2, calls)
        del calls["__setup_text"]
        extra = "".join(", %s=%s" % (name, name) for name in calls)
        source = ("def _timeit_run(_timeit_loops, _timeit_clock%s):\n"
                  "    %s\n"
                  "    _timeit_began = _timeit_clock()\n"
                  "    for _ in _timeit_loops:\n"
                  "        %s\n"
                  "    return _timeit_clock() - _timeit_began\n") % (extra, setup_src,
                                                                     stmt_src)
        self.src = source
        namespace = {} if globals is None else globals
        local = dict(calls)
        exec(compile(source, _SOURCE_NAME, "exec"), namespace, local)
        self.inner = local["_timeit_run"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (from a timed statement)."""
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by number executions of stmt."""
        loops = itertools.repeat(None, number)
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self.inner(loops, self.timer)
        finally:
            if collecting:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of repeat results of timeit(number)."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a loop count (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 seconds;
        returns (number, time taken). callback(number, time) sees every attempt."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return (number, taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
