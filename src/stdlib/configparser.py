"""Configuration file parser (tessera's own implementation).

Written from the documentation of CPython's configparser and from its observed
behaviour: INI-style files made of [sections] holding "name = value" options,
with a DEFAULT section whose options every other section sees.
"""

import os as _os
import re as _re
import sys as _sys
import warnings as _warnings
from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _Missing:
    def __repr__(self):
        return '<unset>'


_UNSET = _Missing()


# ---------------------------------------------------------------- exceptions

class Error(Exception):
    """Base class for configparser exceptions."""

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def __str__(self):
        return self.message

    def __repr__(self):
        return self.message


def _fill(exc, message, args, **attrs):
    # every configparser error: its text, its args tuple, its named fields
    Error.__init__(exc, message)
    exc.__dict__.update(attrs)
    exc.args = args


def _where(source, lineno):
    # "While reading from 'src' [line  3]: " or "" when the source is unknown
    if not source:
        return ''
    text = 'While reading from %r' % (source,)
    if lineno:
        text += ' [line %2d]' % lineno
    return text + ': '


def _already(kind, what, source, lineno):
    head = _where(source, lineno)
    if head:
        return '%s%s %s already exists' % (head, kind, what)
    return '%s %s already exists' % (kind.capitalize(), what)


class NoSectionError(Error):
    """No section of the requested name exists."""

    def __init__(self, section):
        _fill(self, 'No section: %r' % (section,), (section,), section=section)


class DuplicateSectionError(Error):
    """A section appears twice in one source, or is added when it exists."""

    def __init__(self, section, source=None, lineno=None):
        _fill(self, _already('section', repr(section), source, lineno),
              (section, source, lineno), section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option appears twice within one section of a single source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = '%r in section %r' % (option, section)
        _fill(self, _already('option', what, source, lineno),
              (section, option, source, lineno),
              section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """The section exists but has no option of the requested name."""

    def __init__(self, option, section):
        _fill(self, 'No option %r in section: %r' % (option, section),
              (option, section), option=option, section=section)


class InterpolationError(Error):
    """Something went wrong while substituting references in a value."""

    def __init__(self, option, section, msg):
        _fill(self, msg, (option, section, msg), option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ('Bad value substitution: option {!r} in section {!r} contains '
                'an interpolation key {!r} which is not a valid option name. '
                'Raw value: {!r}').format(option, section, reference, rawval)
        _fill(self, text, (option, section, rawval, reference),
              option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ('Recursion limit exceeded in value substitution: option {!r} '
                'in section {!r} contains an interpolation key which cannot '
                'be substituted in {} steps. Raw value: {!r}'
                ).format(option, section, MAX_INTERPOLATION_DEPTH, rawval)
        _fill(self, text, (option, section, rawval), option=option, section=section)


_FILENAME_DEPRECATED = "The 'filename' %s is deprecated, use 'source' instead."


class ParsingError(Error):
    """A source has lines that are neither headers, options nor comments;
    `errors` lists (line number, repr of the line) for each of them."""

    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        if filename:
            _warnings.warn(_FILENAME_DEPRECATED % 'argument', DeprecationWarning,
                           stacklevel=2)
            source = filename
        elif not source:
            raise ValueError("Required argument `source' not given.")
        _fill(self, 'Source contains parsing errors: %r' % (source,), (source,),
              source=source, errors=[])

    def _get_filename(self):
        _warnings.warn(_FILENAME_DEPRECATED % 'attribute', DeprecationWarning,
                       stacklevel=2)
        return self.source

    def _set_filename(self, value):
        _warnings.warn(_FILENAME_DEPRECATED % 'attribute', DeprecationWarning,
                       stacklevel=2)
        self.source = value

    filename = property(_get_filename, _set_filename)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)


class MissingSectionHeaderError(ParsingError):
    """The source starts with something other than a [section] header."""

    def __init__(self, filename, lineno, line):
        text = ('File contains no section headers.\nfile: %r, line: %d\n%r'
                % (filename, lineno, line))
        _fill(self, text, (filename, lineno, line), source=filename,
              lineno=lineno, line=line, errors=[])


# ------------------------------------------------------------- interpolation

class Interpolation:
    """Leaves values as they are; the base of the interpolation classes.

    A parser calls these hooks: before_read on each value parsed from a
    source, before_set on each value set, before_get on each value read back
    (not raw), before_write on each value written out."""

    def before_read(self, parser, section, option, value):
        """Hook on a value just parsed from a source."""
        return value

    def before_set(self, parser, section, option, value):
        """Hook on a value given to set(); may reject it."""
        return value

    def before_get(self, parser, section, option, value, defaults):
        """Hook on a value looked up (`defaults` maps the names it can see)."""
        return value

    def before_write(self, parser, section, option, value):
        """Hook on a value about to be written to a file."""
        return value


class _Substituting(Interpolation):
    # Shared scanner of the two substituting syntaxes: SIGIL SIGIL stands for
    # a literal SIGIL, SIGIL OPEN name CLOSE for a reference, anything else
    # after SIGIL is a syntax error.
    _SIGIL = _OPEN = None
    _KEYCRE = None

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, section, option, value, defaults, 1, out)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        leftover = self._KEYCRE.sub('', value.replace(self._SIGIL * 2, ''))
        bad = leftover.find(self._SIGIL)
        if bad >= 0:
            raise ValueError('invalid interpolation syntax in %r at position %d'
                             % (value, bad))
        return value

    def _expand(self, parser, section, option, text, lookup, depth, out):
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sigil = self._SIGIL
        pos = 0
        while pos < len(text):
            at = text.find(sigil, pos)
            if at < 0:
                out.append(text[pos:])
                return
            out.append(text[pos:at])
            follower = text[at + 1:at + 2]
            if follower == sigil:
                out.append(sigil)
                pos = at + 2
            elif follower == self._OPEN:
                found = self._KEYCRE.match(text, at)
                if found is None:
                    raise InterpolationSyntaxError(
                        option, section,
                        'bad interpolation variable reference %r' % (text[at:],))
                pos = found.end()
                self._resolve(parser, section, option, found.group(1), text[pos:],
                              raw, lookup, depth, out)
            else:
                raise InterpolationSyntaxError(
                    option, section, '%r must be followed by %r or %r, found: %r'
                    % (sigil, sigil, self._OPEN, text[at:]))


class BasicInterpolation(_Substituting):
    """Interpolation as implemented in the classic ConfigParser.

    %(name)s refers to another option of the same section (or DEFAULT);
    %% is a literal percent sign.
    """
    _SIGIL = '%'
    _OPEN = '('
    _KEYCRE = _re.compile(r"%\(([^)]+)\)s")

    def _resolve(self, parser, section, option, name, after, raw, lookup, depth, out):
        key = parser.optionxform(name)
        try:
            found = lookup[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        if '%' in found:
            self._expand(parser, section, option, found, lookup, depth + 1, out)
        else:
            out.append(found)


class ExtendedInterpolation(_Substituting):
    """Advanced variant of interpolation, supports the syntax used by
    `zc.buildout`: ${option} or ${section:option}; $$ is a literal dollar sign."""
    _SIGIL = '$'
    _OPEN = '{'
    _KEYCRE = _re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, section, option, name, after, raw, lookup, depth, out):
        parts = name.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section,
                                           "More than one ':' found: %r" % (after,))
        try:
            if len(parts) == 1:
                where, key = section, parser.optionxform(parts[0])
                found = lookup[key]
            else:
                where, key = parts[0], parser.optionxform(parts[1])
                found = parser.get(where, key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw,
                                                  ':'.join(parts)) from None
        if '$' in found:
            scope = dict(parser.items(where, raw=True))
            self._expand(parser, where, key, found, scope, depth + 1, out)
        else:
            out.append(found)


class LegacyInterpolation(Interpolation):
    """Deprecated interpolation used in old versions of ConfigParser.
    Use BasicInterpolation or ExtendedInterpolation instead."""

    _KEYCRE = _re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, defaults):
        raw = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not value or '%(' not in value:
                return value
            # names are looked up after the parser's optionxform
            value = _re.sub(r"%\(([^)]*)\)s",
                            lambda m: '%(' + parser.optionxform(m.group(1)) + ')s',
                            value)
            try:
                value = value % defaults
            except KeyError as exc:
                raise InterpolationMissingOptionError(option, section, raw,
                                                      exc.args[0]) from None
        if value and '%(' in value:
            raise InterpolationDepthError(option, section, raw)
        return value


# ------------------------------------------------------------------- helpers

class _Layers(_Mapping):
    # read-only view of several option dicts, the first holding a key wins
    # (vars over the section over DEFAULT)

    def __init__(self, *layers):
        self._layers = layers

    def __getitem__(self, key):
        for layer in self._layers:
            if key in layer:
                return layer[key]
        raise KeyError(key)

    def __contains__(self, key):
        return any(key in layer for layer in self._layers)

    def __iter__(self):
        seen = {}
        for layer in reversed(self._layers):
            for key in layer:
                seen[key] = None
        return iter(seen)

    def __len__(self):
        return len(set().union(*self._layers))


def _is_pathlike(obj):
    # what isinstance(obj, os.PathLike) answers in CPython (a class with __fspath__)
    return hasattr(type(obj), '__fspath__')


def _to_bool(parser, text):
    state = parser.BOOLEAN_STATES.get(text.lower())
    if state is None:
        raise ValueError('Not a boolean: %s' % text)
    return state


def _delimiter_pattern(delimiters, allow_no_value):
    alternatives = '|'.join(_re.escape(d) for d in delimiters)
    if allow_no_value:
        return r"(?P<option>.*?)\s*(?:(?P<vi>%s)\s*(?P<value>.*))?$" % alternatives
    return r"(?P<option>.*?)\s*(?P<vi>%s)\s*(?P<value>.*)$" % alternatives


class _Reader:
    """Feeds the lines of one source into a parser, remembering what it saw."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.seen = set()         # section names and (section, option) pairs
        self.section = None       # the option dict being filled
        self.section_name = None
        self.option = None        # the option that continuation lines extend
        self.indent = _sys.maxsize
        self.error = None

    def _comment_start(self, line):
        p = self.parser
        for prefix in p._syntax.full_comments:
            if line.strip().startswith(prefix):
                return 0
        marks = p._syntax.inline_comments
        if not marks:
            return None
        # scan the prefixes in step: the k-th occurrence of each one, until a
        # round finds one at the start of the line or after whitespace
        last = dict.fromkeys(marks, -1)
        while last:
            cut = None
            following = {}
            for mark, after in last.items():
                at = line.find(mark, after + 1)
                if at < 0:
                    continue
                following[mark] = at
                if at == 0 or line[at - 1].isspace():
                    cut = at if cut is None else min(cut, at)
            if cut is not None:
                return cut
            last = following
        return None

    def _bad_line(self, lineno, line):
        if self.error is None:
            self.error = ParsingError(self.source)
        self.error.append(lineno, repr(line))

    def feed(self, lineno, line):
        p = self.parser
        cut = self._comment_start(line)
        text = (line if cut is None else line[:cut]).strip()
        if not text:
            if not p._syntax.blank_lines_kept:
                self.indent = _sys.maxsize
            elif (cut is None and self.section is not None and self.option
                  and self.section[self.option] is not None):
                self.section[self.option].append('')
            return
        first = p.NONSPACECRE.search(line)
        indent = first.start() if first else 0
        if self.section is not None and self.option and indent > self.indent:
            self.section[self.option].append(text)
            return
        self.indent = indent
        header = p.SECTCRE.match(text)
        if header:
            self._open_section(header.group('header'), lineno)
        elif self.section is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self._add_option(text, lineno, line)

    def _open_section(self, name, lineno):
        p = self.parser
        if name in p._sections:
            if p._syntax.strict and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
            self.section = p._sections[name]
            self.seen.add(name)
        elif name == p.default_section:
            self.section = p._defaults
        else:
            self.section = p._new_section(name)
            self.seen.add(name)
        self.section_name = name
        self.option = None

    def _add_option(self, text, lineno, line):
        p = self.parser
        found = p._syntax.option_re.match(text)
        if not found:
            self._bad_line(lineno, line)
            return
        name, value = found.group('option', 'value')
        if not name:
            self._bad_line(lineno, line)
        name = p.optionxform(name.rstrip())
        key = (self.section_name, name)
        if p._syntax.strict and key in self.seen:
            raise DuplicateOptionError(self.section_name, name, self.source, lineno)
        self.seen.add(key)
        self.option = name
        self.section[name] = None if value is None else [value.strip()]

    def finish(self):
        p = self.parser
        named = [(p.default_section, p._defaults)] + list(p._sections.items())
        for section_name, options in named:
            for name, value in list(options.items()):
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                options[name] = p._interpolation.before_read(p, section_name, name, value)
        if self.error is not None:
            raise self.error


# ------------------------------------------------------------------- parsers

class _Syntax:
    # how a parser reads its sources, fixed when the parser is made

    def __init__(self, delimiters, comment_prefixes, inline_comment_prefixes,
                 strict, allow_no_value, empty_lines_in_values, option_re):
        self.delimiters = tuple(delimiters)
        self.full_comments = tuple(comment_prefixes or ())
        self.inline_comments = tuple(inline_comment_prefixes or ())
        self.strict = strict
        self.no_value = allow_no_value
        self.blank_lines_kept = empty_lines_in_values
        if self.delimiters == ('=', ':'):
            self.option_re = option_re
        else:
            self.option_re = _re.compile(_delimiter_pattern(self.delimiters, allow_no_value))


def _typed_getter(convert, what):
    # getint/getfloat/getboolean: get() and a conversion; a missing section or
    # option gives the fallback, a bad value raises the conversion's ValueError
    def getter(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        conv = convert if convert is not None else self._convert_to_boolean
        return self._get_conv(section, option, conv, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)
    getter.__doc__ = 'Get an option value of a section, as %s.' % what
    return getter


class RawConfigParser(_MutableMapping):
    """A configuration parser without interpolation (values are taken as
    written).  As a mapping it holds section names -> SectionProxy, the
    default section included."""

    SECTCRE = _re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = _re.compile(_delimiter_pattern(('=', ':'), False))
    OPTCRE_NV = _re.compile(_delimiter_pattern(('=', ':'), True))
    NONSPACECRE = _re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError('interpolation= must be None or an instance of '
                            'Interpolation; got an object of type %s' % type(interpolation))
        self._interpolation = interpolation
        self._syntax = _Syntax(delimiters, comment_prefixes, inline_comment_prefixes,
                               strict, allow_no_value, empty_lines_in_values,
                               self.OPTCRE_NV if allow_no_value else self.OPTCRE)
        self.default_section = default_section
        self._dict = dict_type
        # _sections and _defaults keep the names programs are known to peek at
        self._sections = dict_type()
        self._defaults = dict_type()
        self._section_views = dict_type()
        self._converters = ConverterMapping(self)
        self._section_views[default_section] = SectionProxy(self, default_section)
        if converters is not _UNSET:
            for name, func in converters.items():
                self._converters[name] = func
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """Return a list of section names, excluding [DEFAULT]."""
        return list(self._sections.keys())

    def _new_section(self, name):
        options = self._dict()
        self._sections[name] = options
        self._section_views[name] = SectionProxy(self, name)
        return options

    def add_section(self, section):
        """Create a new, empty section; ValueError for the default section's
        name, DuplicateSectionError when it exists."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        """Whether the section exists (the default section does not count)."""
        return section in self._sections

    def _options_of(self, section):
        # the option dict of a section; '' and DEFAULT both name the defaults
        if not section or section == self.default_section:
            return self._defaults
        try:
            return self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None

    def options(self, section):
        """Names of a section's options, then those of DEFAULT it lacks."""
        try:
            own = self._sections[section]
        except KeyError:
            raise NoSectionError(section) from None
        names = list(own)
        names.extend(k for k in self._defaults if k not in own)
        return names

    def has_option(self, section, option):
        """Whether the option exists in the section or in DEFAULT (with no
        section or the default section: whether DEFAULT has it)."""
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._defaults
        own = self._sections.get(section)
        return own is not None and (key in own or key in self._defaults)

    def remove_option(self, section, option):
        """Remove an option; return whether it existed."""
        options = self._options_of(section)
        key = self.optionxform(option)
        found = key in options
        if found:
            del options[key]
        return found

    def remove_section(self, section):
        """Remove a section; return whether it existed."""
        found = section in self._sections
        if found:
            del self._sections[section]
            del self._section_views[section]
        return found

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- reading

    def read(self, filenames, encoding=None):
        """Read and parse a filename or an iterable of filenames.

        Files that cannot be opened are silently ignored; the list of the
        names that were read is returned."""
        if isinstance(filenames, (str, bytes)) or _is_pathlike(filenames):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                stream = open(name, encoding=encoding)
            except OSError:
                continue
            with stream:
                self._read(stream, name)
            done.append(_os.fspath(name) if _is_pathlike(name) else name)
        return done

    def read_file(self, f, source=None):
        """Parse the lines of an iterable (a file); `source` names it in
        errors, by default its .name or '<???>'."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Parse configuration held in a string."""
        # lines end at '\n' only, as a text stream would cut them
        pieces = string.split('\n')
        lines = [piece + '\n' for piece in pieces[:-1]]
        if pieces[-1]:
            lines.append(pieces[-1])
        self._read(lines, source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read configuration from a dictionary of sections, each a mapping of
        option names to values (converted to strings, None kept when allowed)."""
        strict = self._syntax.strict
        seen = set()
        for section, options in dictionary.items():
            name = str(section)
            if name != self.default_section and name not in self._sections:
                self.add_section(name)
            elif strict and name in seen:
                # two keys of the dict that are the same string
                self.add_section(name)
            seen.add(name)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if strict and (name, key) in seen:
                    raise DuplicateOptionError(name, key, source)
                seen.add((name, key))
                self.set(name, key, None if value is None else str(value))

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        _warnings.warn("This method will be removed in Python 3.12. "
                       "Use 'parser.read_file()' instead.",
                       DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _read(self, lines, source):
        reader = _Reader(self, source)
        for lineno, line in enumerate(lines, start=1):
            reader.feed(lineno, line)
        reader.finish()

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # -- getting

    def _scope(self, section, vars):
        # what a value of `section` sees: vars, then the section, then DEFAULT
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                extra[self.optionxform(key)] = None if value is None else str(value)
        return _Layers(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section (interpolated unless raw)."""
        try:
            scope = self._scope(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        try:
            value = scope[key]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(key, section) from None
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, scope)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        lookup_errors = (NoSectionError, NoOptionError)
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except lookup_errors:
            if fallback is not _UNSET:
                return fallback
            raise
        return conv(text)

    getint = _typed_getter(int, 'an int')
    getfloat = _typed_getter(float, 'a float')
    getboolean = _typed_getter(None, 'a bool (1/0, yes/no, true/false, on/off)')

    def _convert_to_boolean(self, value):
        return _to_bool(self, value)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs, DEFAULT first.
        With one: a list of (name, value) pairs for its options."""
        if section is _UNSET:
            return super().items()
        merged = dict(self._defaults)
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        names = list(merged)
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        before_get = self._interpolation.before_get
        return [(name, before_get(self, section, name, merged[name], merged))
                for name in names]

    def popitem(self):
        """Remove and return a (section name, SectionProxy) pair, DEFAULT never."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- setting and writing

    def _check_types(self, section='', option='', value=''):
        if not isinstance(section, str):
            raise TypeError('section names must be strings')
        if not isinstance(option, str):
            raise TypeError('option keys must be strings')
        if (value or not self._syntax.no_value) and not isinstance(value, str):
            raise TypeError('option values must be strings')

    # SectionProxy checks assignments through this name
    def _validate_value_types(self, *, section='', option='', value=''):
        self._check_types(section, option, value)

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration state."""
        between = self._syntax.delimiters[0]
        if space_around_delimiters:
            between = ' %s ' % between
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), between)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), between)

    def _write_section(self, fp, section_name, section_items, delimiter):
        out = ['[%s]\n' % (section_name,)]
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._syntax.no_value:
                out.append('%s\n' % (key,))
            else:
                out.append('%s%s%s\n' % (key, delimiter, str(value).replace('\n', '\n\t')))
        out.append('\n')
        fp.write(''.join(out))

    # -- mapping protocol over sections

    def __iter__(self):
        yield self.default_section
        yield from list(self._sections)

    def __len__(self):
        return 1 + len(self._sections)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __getitem__(self, key):
        if key in self:
            return self._section_views[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # a section (or DEFAULT) is replaced by the given mapping; assigning
        # a section's own proxy to it changes nothing
        if key in self and self._section_views[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif self.has_section(key):
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError('Cannot remove the default section.')
        if not self.remove_section(key):
            raise KeyError(key)

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """The configuration parser with BasicInterpolation (%(name)s) by default;
    set() and add_section() accept only strings."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def add_section(self, section):
        """Create a new section (its name must be a string)."""
        self._check_types(section=section)
        RawConfigParser.add_section(self, section)

    def set(self, section, option, value=None):
        """Set an option; the value must be a string (or None when values may
        be left out) and valid for the interpolation."""
        self._check_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def _read_defaults(self, defaults):
        # defaults are taken as they are: no interpolation syntax check
        keep = self._interpolation
        self._interpolation = Interpolation()
        try:
            RawConfigParser._read_defaults(self, defaults)
        finally:
            self._interpolation = keep


class SafeConfigParser(ConfigParser):
    """Deprecated name of ConfigParser."""

    def __init__(self, *args, **kwargs):
        ConfigParser.__init__(self, *args, **kwargs)
        _warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12. "
            "Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(_MutableMapping):
    """One section of a parser seen as a mapping of option names to values
    (interpolated); options of DEFAULT show through."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv in parser.converters:
            self._add_getter(conv, getattr(parser, 'get' + conv, None))

    def _add_getter(self, conv, impl):
        def getter(option, fallback=None, *, raw=False, vars=None, _impl=impl, **kwargs):
            return self.get(option, fallback, raw=raw, vars=vars, _impl=_impl, **kwargs)
        setattr(self, 'get' + conv, getter)

    parser = property(lambda self: self._parser, doc='The parser this section belongs to.')
    name = property(lambda self: self._name, doc='The name of the section.')

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def _names(self):
        parser = self._parser
        if self._name == parser.default_section:
            return parser.defaults()
        return parser.options(self._name)

    def __iter__(self):
        return iter(self._names())

    def __len__(self):
        return len(self._names())

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        if key in self and self._parser.remove_option(self._name, key):
            return
        raise KeyError(key)

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """Get an option value (fallback None when it is missing)."""
        fetch = _impl or self._parser.get
        return fetch(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(_MutableMapping):
    """Maps converter names to callables; each one adds a get<name>() method to
    the parser and to all of its section proxies.  The built-in getint,
    getfloat and getboolean are listed with None."""

    def __init__(self, parser):
        self._parser = parser
        self._funcs = {}
        for attr in dir(parser):
            if attr.startswith('get') and len(attr) > 3 and callable(getattr(parser, attr)):
                self._funcs[attr[3:]] = None

    def __len__(self):
        return len(self._funcs)

    def __iter__(self):
        yield from list(self._funcs)

    def __getitem__(self, key):
        return self._funcs[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._funcs[key] = value
        parser = self._parser

        def conv_getter(section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
            return parser._get_conv(section, option, value, raw=raw, vars=vars,
                                    fallback=fallback, **kwargs)
        conv_getter.converter = value
        setattr(parser, 'get' + key, conv_getter)
        for proxy in parser.values():
            proxy._add_getter(key, conv_getter)

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._funcs[key]
        for holder in [self._parser] + list(self._parser.values()):
            if ('get' + key) in vars(holder):
                delattr(holder, 'get' + key)
