"""subprocess: run child processes, written for tessera from the documented behaviour
over the Rust _subprocess module (std::process underneath).

Pipes to a child are tessera's own stream objects: binary ones read and write bytes,
text ones (text=True, encoding=..., errors=... or universal_newlines=True) decode and
encode and translate newlines on input as io.TextIOWrapper does."""

import os
import sys
import _subprocess
import io

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SHELL = "/bin/sh"


class SubprocessError(Exception):
    pass


def _signal_text(signum):
    import signal
    try:
        return repr(signal.Signals(signum))
    except ValueError:
        return None


class CalledProcessError(SubprocessError):
    """A process run by check_call(), check_output() or run(check=True) failed."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _signal_text(-code)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %s." % (self.cmd, name)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)


class TimeoutExpired(SubprocessError):
    """The timeout given to a wait passed before the child ended."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _universal(text):
    # Reading in text mode: "\r\n" and a lone "\r" both end lines as "\n".
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


class _PipeRaw(io.RawIOBase):
    """One end of a pipe to a child: the raw stream under io's buffered classes. A read
    returns what one read of the pipe gives, so a line can be read while the child
    still runs."""

    name = None

    def __init__(self, handle, writing):
        self._handle = handle
        self._writing = writing
        self.mode = "wb" if writing else "rb"

    def readable(self):
        self._check_closed()
        return not self._writing

    def writable(self):
        self._check_closed()
        return self._writing

    def seekable(self):
        self._check_closed()
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            return _subprocess.read(self._handle, -1)
        return _subprocess.read1(self._handle, size)

    def readall(self):
        return self.read(-1)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _subprocess.write(self._handle, bytes(b))

    def close(self):
        if not self._closed:
            self._closed = True
            _subprocess.close(self._handle)

    def __del__(self):
        self.close()


class _TextPipe(io.TextIOWrapper):
    """A text layer over a pipe's buffered stream that decodes as it reads (io's
    TextIOWrapper decodes a whole file at once, which a pipe only ends when the child
    closes it)."""

    def __init__(self, buffer, encoding, errors):
        self.buffer = buffer
        self.encoding = encoding
        self.errors = errors
        self._held = b""
        self.line_buffering = False

    @property
    def closed(self):
        return self.buffer.closed

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def isatty(self):
        return False

    def _decode(self, data, final):
        data = self._held + data
        self._held = b""
        while True:
            try:
                return data.decode(self.encoding, self.errors)
            except UnicodeDecodeError as e:
                # Keep an incomplete character at the end for the next read.
                if final or e.end < len(data) or len(data) - e.start > 3:
                    raise
                self._held = data[e.start:]
                data = data[:e.start]

    def read(self, size=-1):
        if size is None or size < 0:
            return _universal(self._decode(self.buffer.read(), True))
        out = ""
        while len(out) < size:
            chunk = self.buffer.read1(size - len(out))
            if not chunk:
                out += self._decode(b"", True)
                break
            out += self._decode(chunk, False)
        if out.endswith("\r"):
            # The "\n" of a "\r\n" may come next.
            more = self.buffer.read1(1)
            if more == b"\n":
                out += "\n"
            elif more:
                self._held = more + self._held
        return _universal(out)

    def readline(self, size=-1):
        line = self.buffer.readline()
        text = _universal(self._decode(line, not line.endswith(b"\n")))
        if size is not None and 0 <= size < len(text):
            text = text[:size]
        return text

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def detach(self):
        return self.buffer

    def tell(self):
        self._unsupported("tell")

    def seek(self, cookie, whence=0):
        self._unsupported("seek")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()


# As CPython names the class of a text pipe.
_TextPipe.__name__ = _TextPipe.__qualname__ = "TextIOWrapper"


def _argv(args, shell, executable):
    if shell:
        command = [args] if isinstance(args, (str, bytes)) else list(args)
        return [executable or _shell()] + ["/c" if _subprocess.windows else "-c"] + command
    if isinstance(args, (str, bytes)):
        return [args]
    if hasattr(type(args), "__fspath__"):
        return [os.fspath(args)]
    return [os.fspath(a) for a in args]


def _shell():
    if _subprocess.windows:
        return os.environ.get("COMSPEC", "cmd.exe")
    return _SHELL


def _stream_spec(value, name):
    if value is None or value in (PIPE, DEVNULL) or (value == STDOUT and name == "stderr"):
        return value
    if isinstance(value, int):
        if value < 0:
            # Taken as a descriptor, as CPython does.
            raise OSError(9, "Bad file descriptor")
        return value
    fileno = getattr(value, "fileno", None)
    if fileno is None:
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(value).__name__)
    return fileno()


class Popen:
    """A child process (see the subprocess documentation for the arguments)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._handle = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.args = args
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        unsupported = [name for name, given in (
            ("preexec_fn", preexec_fn is not None), ("pass_fds", bool(pass_fds)),
            ("user", user is not None), ("group", group is not None),
            ("extra_groups", extra_groups is not None), ("umask", umask != -1))
            if given]
        if unsupported:
            raise NotImplementedError("tessera: Popen's %s argument is not supported"
                                      % unsupported[0])
        if process_group is not None and process_group < 0:
            raise ValueError("process_group must be a non-negative integer")
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and "
                                  "universal_newlines are supplied but different. "
                                  "Pass one or the other.")
        self.text_mode = encoding or errors or text or universal_newlines
        self.encoding = encoding
        self.errors = errors
        argv = _argv(args, shell, executable)
        if shell:
            executable = None
        if executable is not None:
            executable = os.fspath(executable)
        if cwd is not None:
            cwd = os.fspath(cwd)
        pairs = None
        if env is not None:
            pairs = []
            for k, v in env.items():
                k = os.fsdecode(k) if isinstance(k, bytes) else k
                if not isinstance(k, str) or not isinstance(v, (str, bytes)):
                    raise TypeError("expected str, bytes or os.PathLike object, not "
                                    + type(v if isinstance(k, str) else k).__name__)
                if "=" in k or not k:
                    raise ValueError("illegal environment variable name")
                pairs.append((k, v))
        specs = (_stream_spec(stdin, "stdin"), _stream_spec(stdout, "stdout"),
                 _stream_spec(stderr, "stderr"))
        group = -1 if process_group is None else process_group
        self._handle, self.pid, h_in, h_out, h_err = _subprocess.spawn(
            argv, executable, cwd, pairs, *specs, bool(start_new_session), group)
        self._fed = False
        self._outcome = None
        if h_in is not None:
            self.stdin = self._wrap(io.BufferedWriter(_PipeRaw(h_in, True)))
        if h_out is not None:
            self.stdout = self._wrap(io.BufferedReader(_PipeRaw(h_out, False)))
        if h_err is not None:
            self.stderr = self._wrap(io.BufferedReader(_PipeRaw(h_err, False)))

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def _wrap(self, buffered):
        if not self.text_mode:
            return buffered
        return _TextPipe(buffered, self.encoding or "utf-8", self.errors or "strict")

    def __repr__(self):
        shown = repr(self.args)
        if len(shown) > 80:
            shown = shown[:69] + "..."
        return "<%s: returncode: %s args: %s>" % (type(self).__name__, self.returncode, shown)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = _subprocess.wait(self._handle, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        if self.poll() is None:
            _subprocess.send_signal(self._handle, int(sig))

    def terminate(self):
        self.send_signal(_subprocess.SIGTERM)

    def kill(self):
        if self.poll() is None:
            _subprocess.kill(self._handle)

    @staticmethod
    def _handle_of(stream):
        if stream is None or stream.closed:
            return None
        if isinstance(stream, _TextPipe):
            stream = stream.buffer
        return stream.raw._handle

    def communicate(self, input=None, timeout=None):
        if self._fed and input:
            raise ValueError("Cannot send input after starting communication")
        if self._outcome is not None:
            return self._outcome
        started = None
        if timeout is not None:
            import time
            started = time.monotonic()
        data = None
        h_in = self._handle_of(self.stdin)
        if input is not None and self.stdin is not None and not self._fed:
            if h_in is None:
                raise ValueError("flush of closed file")
            if self.text_mode:
                if not isinstance(input, str):
                    raise TypeError("write() argument must be str, not " + type(input).__name__)
                data = input.encode(self.encoding or "utf-8", self.errors or "strict")
            elif isinstance(input, str):
                raise TypeError("memoryview: a bytes-like object is required, not 'str'")
            else:
                data = bytes(input)
        h_out = self._handle_of(self.stdout)
        h_err = self._handle_of(self.stderr)
        if h_in is None and h_out is None and h_err is None:
            self.wait(timeout)
            return (None, None)
        self._fed = True
        finished, out, err = _subprocess.communicate(self._handle, h_in, data, h_out,
                                                     h_err, timeout)
        if not finished:
            # What arrived before the timeout, as bytes; None for nothing.
            raise TimeoutExpired(self.args, timeout, output=out or None, stderr=err or None)
        for stream in (self.stdin, self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        if started is not None:
            import time
            self.wait(max(0.0, timeout - (time.monotonic() - started)))
        else:
            self.wait()
        if h_out is None:
            out = None
        if h_err is None:
            err = None
        if h_out is not None:
            out = self._unread(self.stdout) + out
        if h_err is not None:
            err = self._unread(self.stderr) + err
        if self.text_mode:
            out = self._text(out)
            err = self._text(err)
        self._outcome = (out, err)
        return self._outcome

    @staticmethod
    def _unread(stream):
        # Bytes the stream object read ahead of its caller before communicate().
        held = b""
        if isinstance(stream, _TextPipe):
            held = stream._held
            stream = stream.buffer
        return stream._buffered() + held

    def _text(self, data):
        if data is None:
            return None
        return _universal(data.decode(self.encoding or "utf-8", self.errors or "strict"))


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        code = process.poll()
        if check and code:
            raise CalledProcessError(code, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, code, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        texty = kwargs.get("universal_newlines") or kwargs.get("text") \
            or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if texty else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        text = failure.output
        status = failure.returncode
    if text.endswith("\n"):
        text = text[:-1]
    return status, text


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
