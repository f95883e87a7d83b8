"""A lexical analyzer for shell-like syntaxes (tessera's own implementation)."""

import io as _io
import os.path as _osp
import re as _re
import sys as _sys
from collections import deque

StringIO = _io.StringIO
__all__ = ("shlex split quote join").split()

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_WORD = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_SHELL_PUNCT = "();<>|&"
_PUNCT_WORD_EXTRA = "~-./*?="

# scanner modes
_IDLE = 0      # between tokens
_WORD = 1      # inside a word
_QUOTE = 2     # inside a quoted section
_ESCAPE = 3    # just read an escape character
_PUNCT = 4     # inside a run of punctuation characters
_DONE = 5      # input exhausted


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            instream = _sys.stdin
            infile = None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else "")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCT
        elif not punctuation_chars:
            punctuation_chars = ""
        self._punctuation_chars = punctuation_chars
        self._pushback_chars = deque()
        if punctuation_chars:
            self.wordchars += _PUNCT_WORD_EXTRA
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    # -- input sources -------------------------------------------------

    def push_token(self, tok):
        """Push a token onto the stack popped by get_token."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Push an input source onto the lexer's input source stack."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1

    def pop_source(self):
        """Pop the input source stack."""
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self.state = " "

    def sourcehook(self, newfile):
        """Hook called on a source request: returns (filename, stream)."""
        name = newfile[1:-1] if newfile.startswith('"') else newfile
        base = self.infile
        # a relative name is taken relative to the file being read
        if isinstance(base, str) and not _osp.isabs(name):
            name = _osp.join(_osp.dirname(base), name)
        stream = open(name, "r")
        return name, stream

    def error_leader(self, infile=None, lineno=None):
        """Emit a C-compiler-like, Emacs-friendly error-message leader."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    # -- tokens ----------------------------------------------------------

    def get_token(self):
        """Get a token from the input stream (or from the pushback stack)."""
        if self.pushback:
            return self.pushback.popleft()
        tok = self.read_token()
        if self.source is not None:
            while tok == self.source:
                found = self.sourcehook(self.read_token())
                if found:
                    self.push_source(found[1], found[0])
                tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def _next_char(self):
        if self._pushback_chars:
            return self._pushback_chars.pop()
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        buf = []
        seen_quote = False      # posix: a quoted (possibly empty) part was read
        mode = _IDLE if self.state is not None else _DONE
        closing = esc_ch = None          # quote character awaited in _QUOTE mode
        resume = _WORD          # mode to go back to after an escape
        posix = self.posix
        while mode != _DONE:
            ch = self._next_char()
            if mode == _IDLE:
                if not ch:
                    mode = _DONE
                    self.state = None
                elif ch in self.whitespace:
                    continue
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    esc_ch = ch
                    resume, mode = _WORD, _ESCAPE
                elif ch in self.wordchars:
                    buf.append(ch)
                    mode = _WORD
                elif ch in self._punctuation_chars:
                    buf.append(ch)
                    mode = _PUNCT
                elif ch in self.quotes:
                    if not posix:
                        buf.append(ch)
                    closing, mode = ch, _QUOTE
                elif self.whitespace_split:
                    buf.append(ch)
                    mode = _WORD
                else:
                    buf.append(ch)
                    break
            elif mode == _QUOTE:
                seen_quote = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == closing:
                    if not posix:
                        buf.append(ch)
                        break
                    mode = _WORD
                elif posix and ch in self.escape and closing in self.escapedquotes:
                    esc_ch = ch
                    resume, mode = _QUOTE, _ESCAPE
                else:
                    buf.append(ch)
            elif mode == _ESCAPE:
                if not ch:
                    raise ValueError("No escaped character")
                if resume == _QUOTE and ch != closing and ch != esc_ch:
                    buf.append(esc_ch)
                buf.append(ch)
                mode = resume
            elif mode == _PUNCT:
                if ch and ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        mode = _IDLE
                        break
                    continue
                if ch and ch in self._punctuation_chars:
                    buf.append(ch)
                    continue
                if ch and ch not in self.whitespace:
                    self._pushback_chars.append(ch)
                mode = _IDLE
                break
            else:  # _WORD
                if not ch:
                    self.state = None
                    mode = _DONE
                elif ch in self.whitespace:
                    mode = _IDLE
                    if buf or seen_quote:
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        mode = _IDLE
                        if buf or seen_quote:
                            break
                elif posix and ch in self.quotes:
                    closing, mode = ch, _QUOTE
                elif posix and ch in self.escape:
                    esc_ch = ch
                    resume, mode = _WORD, _ESCAPE
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    buf.append(ch)
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    mode = _IDLE
                    if buf or seen_quote:
                        break
        if mode != _DONE:
            self.state = " "
        text = "".join(buf)
        if posix and not seen_quote and text == "":
            return None
        return text

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    lexer = shlex(s, posix=posix)
    if s is None:
        from warnings import warn
        warn("Passing None for 's' to shlex.split() is deprecated.", DeprecationWarning, 2)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join([quote(part) for part in split_command])


_UNSAFE = _re.compile(r"[^\w@%+=:,./-]", _re.ASCII)


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"  # also what CPython gives for None
    if _UNSAFE.search(s) is None:
        return s
    # single quotes protect everything; an embedded ' closes, adds "'", reopens
    return "'%s'" % s.replace("'", "'\"'\"'")
