"""Resolves annotation strings to objects, for typing.get_type_hints.

Annotations written as strings (or all of them, under ``from __future__ import
annotations``) are evaluated here in the small expression language annotations use
(names, attributes, subscripts, ``|``, literals), without a general ``eval``."""

import builtins as _builtins


class _Unresolvable(Exception):
    pass


def _tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in ' \t\n':
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (s[j].isalnum() or s[j] == '_'):
                j += 1
            toks.append(('name', s[i:j]))
            i = j
        elif c.isdigit() or (c == '-' and i + 1 < n and s[i + 1].isdigit()):
            j = i + 1
            while j < n and (s[j].isdigit() or s[j] in '.eE'):
                j += 1
            text = s[i:j]
            toks.append(('num', float(text) if ('.' in text or 'e' in text or 'E' in text)
                         else int(text)))
            i = j
        elif c in '\'"':
            j = i + 1
            while j < n and s[j] != c:
                if s[j] == '\\':
                    j += 1
                j += 1
            if j >= n:
                raise _Unresolvable(s)
            toks.append(('str', s[i + 1:j]))
            i = j + 1
        elif s.startswith('...', i):
            toks.append(('op', '...'))
            i += 3
        elif c in '[](),.|':
            toks.append(('op', c))
            i += 1
        else:
            raise _Unresolvable(s)
    return toks


class _Parser:
    def __init__(self, toks, lookup):
        self.toks = toks
        self.pos = 0
        self.lookup = lookup

    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else (None, None)

    def take(self, op=None):
        t = self.peek()
        if op is not None and t != ('op', op):
            raise _Unresolvable(op)
        self.pos += 1
        return t

    def expr(self):
        left = self.postfix()
        while self.peek() == ('op', '|'):
            self.take()
            right = self.postfix()
            try:
                left = left | right
            except TypeError:
                try:
                    import typing
                except ImportError:
                    raise _Unresolvable('|')
                left = typing.Union[left, right]
        return left

    def postfix(self):
        v = self.atom()
        while True:
            t = self.peek()
            if t == ('op', '.'):
                self.take()
                kind, name = self.take()
                if kind != 'name':
                    raise _Unresolvable(name)
                try:
                    v = getattr(v, name)
                except AttributeError:
                    raise _Unresolvable(name)
            elif t == ('op', '['):
                self.take()
                items, trailing = self.items(']')
                key = items[0] if len(items) == 1 and not trailing else tuple(items)
                try:
                    v = v[key]
                except Exception:
                    raise _Unresolvable('[')
            else:
                return v

    def items(self, close):
        items = []
        trailing = False
        while self.peek() != ('op', close):
            items.append(self.expr())
            trailing = False
            if self.peek() == ('op', ','):
                self.take()
                trailing = True
            else:
                break
        self.take(close)
        return items, trailing

    def atom(self):
        kind, val = self.take()
        if kind == 'name':
            if val == 'None':
                return None
            if val == 'True':
                return True
            if val == 'False':
                return False
            return self.lookup(val)
        if kind in ('str', 'num'):
            return val
        if (kind, val) == ('op', '...'):
            return Ellipsis
        if (kind, val) == ('op', '['):
            items, _ = self.items(']')
            return items
        if (kind, val) == ('op', '('):
            items, trailing = self.items(')')
            if len(items) == 1 and not trailing:
                return items[0]
            return tuple(items)
        raise _Unresolvable(str(val))


def evaluate(text, globalns=None, localns=None):
    """The object `text` names, or raise NameError / SyntaxError as eval would."""
    def lookup(name):
        if localns is not None and name in localns:
            return localns[name]
        if globalns is not None and name in globalns:
            return globalns[name]
        if hasattr(_builtins, name):
            return getattr(_builtins, name)
        raise NameError("name '%s' is not defined" % name)
    try:
        p = _Parser(_tokenize(text), lookup)
        v = p.expr()
        if p.pos != len(p.toks):
            raise _Unresolvable(text)
        return v
    except _Unresolvable:
        raise SyntaxError('unsupported annotation: %r' % text) from None


def try_evaluate(text, globalns=None, localns=None):
    try:
        return evaluate(text, globalns, localns)
    except (NameError, SyntaxError):
        return text


# Namespaces tried when a class's module cannot be found: typing adds its own, so the
# usual `from typing import List` names resolve.
fallback_namespaces = []


def class_globals(cls):
    """The globals of the module that defined `cls`, found through sys.modules when it
    exists, else through any function defined in the class body."""
    import sys
    modules = getattr(sys, 'modules', None)
    if modules is not None:
        m = modules.get(cls.__module__)
        if m is not None:
            return m.__dict__
    for v in cls.__dict__.values():
        f = getattr(v, '__func__', v)
        g = getattr(f, '__globals__', None)
        if isinstance(g, dict):
            return g
        fget = getattr(v, 'fget', None)
        g = getattr(fget, '__globals__', None)
        if isinstance(g, dict):
            return g
    merged = {}
    for ns in fallback_namespaces:
        merged.update(ns)
    return merged
