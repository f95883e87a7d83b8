"""Command-line option parsing (the older, getopt-like interface) for tessera, written
from the documentation of CPython 3.11's optparse module and its observed behaviour:
OptionParser, Option, OptionGroup, Values, the help formatters and the errors.
"""

import os
import sys
import textwrap

__all__ = [
    'Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
    'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter',
    'TitledHelpFormatter', 'OptParseError', 'OptionError', 'OptionConflictError',
    'OptionValueError', 'BadOptionError', 'check_choice',
]


# Messages go through gettext, so a 'messages' catalogue can translate them.
from gettext import gettext, ngettext

_ = gettext


# ---------------------------------------------------------------- errors

class OptParseError(Exception):
    """Base of this module's errors; `msg` is the message."""

    def __init__(self, msg):
        self.msg = msg

    __str__ = lambda self: self.msg


class OptionError(OptParseError):
    """An Option was created with inconsistent arguments."""

    def __init__(self, msg, option):
        self.option_id = str(option)
        self.msg = msg

    def __str__(self):
        if not self.option_id:
            return self.msg
        return f'option {self.option_id}: {self.msg}'


class OptionConflictError(OptionError):
    """An option string is already taken by another option."""


class OptionValueError(OptParseError):
    """A value given on the command line is not valid for its option."""


class BadOptionError(OptParseError):
    """An option string on the command line that no option has."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return _('no such option: %s') % self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option that fits more than one option."""

    def __init__(self, opt_str, possibilities):
        self.possibilities = possibilities
        self.opt_str = opt_str

    def __str__(self):
        return _('ambiguous option: %s (%s?)') % (self.opt_str, ', '.join(self.possibilities))


# ---------------------------------------------------------------- help formatters

def _columns():
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


class HelpFormatter:
    """Lays out a parser's help; subclasses say how usage and headings look."""

    NO_DEFAULT_VALUE = 'none'

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            # The terminal's width from $COLUMNS (80 without it), less a margin of 2.
            width = _columns() - 2
        position = min(max_help_position, max(width - 20, indent_increment * 2))
        self.__dict__.update(
            parser=None, indent_increment=indent_increment, width=width,
            help_position=position, max_help_position=position, current_indent=0, level=0,
            help_width=None, short_first=short_first, default_tag='%default',
            option_strings={}, _short_opt_fmt='%s %s', _long_opt_fmt='%s=%s')

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ('', ' '):
            raise ValueError('invalid metavar delimiter for short options: %r' % delim)
        self._short_opt_fmt = '%s' + delim + '%s'

    def set_long_opt_delimiter(self, delim):
        if delim not in ('=', ' '):
            raise ValueError('invalid metavar delimiter for long options: %r' % delim)
        self._long_opt_fmt = '%s' + delim + '%s'

    def indent(self):
        """One level deeper (a group's options)."""
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        """One level back."""
        self.level -= 1
        self.current_indent -= self.indent_increment
        if self.current_indent < 0:
            raise AssertionError('Indent decreased below 0.')

    def format_usage(self, usage):
        raise NotImplementedError('subclasses must implement')

    def format_heading(self, heading):
        raise NotImplementedError('subclasses must implement')

    def _format_text(self, text):
        """`text` filled to the width left at the current indent."""
        room = max(self.width - self.current_indent, 11)
        pad = ' ' * self.current_indent
        return textwrap.fill(text, room, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + '\n' if description else ''

    def format_epilog(self, epilog):
        return '\n' + self._format_text(epilog) + '\n' if epilog else ''

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        # The option strings sit in a column as wide as the help position allows; when
        # they do not fit, the help starts on the next line at the help position.
        strings = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        lead = ' ' * self.current_indent
        if len(strings) > column:
            parts = [lead + strings + '\n']
            first_pad = self.help_position
        else:
            parts = [lead + strings.ljust(column) + '  ']
            first_pad = 0
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            parts.append(' ' * first_pad + lines[0] + '\n')
            pad = ' ' * self.help_position
            parts.extend(pad + line + '\n' for line in lines[1:])
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        return ''.join(parts)

    def store_option_strings(self, parser):
        self.indent()
        widest = 0
        for option in parser.option_list:
            text = self.format_option_strings(option)
            self.option_strings[option] = text
            widest = max(widest, len(text) + self.current_indent)
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                text = self.format_option_strings(option)
                self.option_strings[option] = text
                widest = max(widest, len(text) + self.current_indent)
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (short ones first unless short_first is false)."""
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar) for s in option._long_opts]
        else:
            shorts = list(option._short_opts)
            longs = list(option._long_opts)
        ordered = shorts + longs if self.short_first else longs + shorts
        return ', '.join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Usage on one line; options indented under 'Options:' and group titles."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return _('Usage: %s\n') % usage

    def format_heading(self, heading):
        return ' ' * self.current_indent + heading + ':\n'


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' then '-'; long option strings first."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return '%s  %s\n' % (self.format_heading(_('Usage')), usage)

    def format_heading(self, heading):
        return '%s\n%s\n' % (heading, '=-'[self.level] * len(heading))


# ---------------------------------------------------------------- value checking

def _parse_num(val, type):
    prefix = val[:2].lower()
    if prefix == '0x':
        return type(val[2:], 16)
    if prefix == '0b':
        return type(val[2:], 2)
    if val[:1] == '0':
        return type(val, 8)
    return type(val)


def _parse_int(val):
    return _parse_num(val, int)


_NUMBER_KINDS = {
    'int': (_parse_int, 'integer'),
    'long': (_parse_int, 'integer'),
    'float': (float, 'floating-point'),
    'complex': (complex, 'complex'),
}


def check_builtin(option, opt, value):
    convert, kind = _NUMBER_KINDS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_('option %s: invalid %s value: %r') % (opt, kind, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    listed = ', '.join(map(repr, option.choices))
    raise OptionValueError(_('option %s: invalid choice: %r (choose from %s)')
                           % (opt, value, listed))


NO_DEFAULT = ('NO', 'DEFAULT')


# ---------------------------------------------------------------- Option

class Option:
    """One command-line option: its strings (-f, --file) and what it does."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
               'count', 'callback', 'help', 'version')
    STORE_ACTIONS = ('store', 'store_const', 'store_true', 'store_false', 'append',
                     'append_const', 'count')
    TYPED_ACTIONS = ('store', 'append', 'callback')
    ALWAYS_TYPED_ACTIONS = ('store', 'append')
    CONST_ACTIONS = ('store_const', 'append_const')
    TYPES = ('string', 'int', 'long', 'float', 'complex', 'choice')
    TYPE_CHECKER = {
        'int': check_builtin,
        'long': check_builtin,
        'float': check_builtin,
        'complex': check_builtin,
        'choice': check_choice,
    }
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        # Each check may fill in what was left out (action, type, dest, nargs).
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        """The option strings given, without empty ones; at least one is required."""
        given = [text for text in opts if text]
        if given:
            return given
        raise TypeError('at least one option string must be supplied')

    def _set_opt_strings(self, opts):
        """Files each option string as short (-x) or long (--name), checking its form."""
        for opt in opts:
            if len(opt) < 2:
                raise OptionError(
                    "invalid option string %r: must be at least two characters long" % opt,
                    self)
            if len(opt) == 2:
                if opt[0] != '-' or opt[1] == '-':
                    raise OptionError(
                        "invalid short option string %r: must be of the form -x, "
                        "(x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            else:
                if opt[:2] != '--' or opt[2] == '-':
                    raise OptionError(
                        "invalid long option string %r: must start with --, "
                        "followed by non-dash" % opt, self)
                self._long_opts.append(opt)

    def _set_attrs(self, attrs):
        for name in self.ATTRS:
            if name in attrs:
                setattr(self, name, attrs.pop(name))
            elif name == 'default':
                setattr(self, name, NO_DEFAULT)
            else:
                setattr(self, name, None)
        if attrs:
            names = ', '.join(sorted(attrs))
            raise OptionError('invalid keyword arguments: %s' % names, self)

    # -- the checks run on every new option (CHECK_METHODS)

    def _check_action(self):
        if self.action is None:
            self.action = 'store'
        elif self.action not in self.ACTIONS:
            raise OptionError('invalid action: %r' % self.action, self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = 'string' if self.choices is None else 'choice'
            return
        if isinstance(self.type, type):
            self.type = self.type.__name__
        if self.type == 'str':
            self.type = 'string'
        if self.type not in self.TYPES:
            raise OptionError('invalid option type: %r' % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError('must not supply a type for action %r' % self.action, self)

    def _check_choice(self):
        if self.type == 'choice':
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                raise OptionError("choices must be a list of strings ('%s' supplied)"
                                  % str(type(self.choices)).split("'")[1], self)
        elif self.choices is not None:
            raise OptionError('must not supply choices for type %r' % self.type, self)

    def _check_dest(self):
        stores = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is not None or not stores:
            return
        # --some-name stores to some_name; with only short strings, -x stores to x.
        self.dest = (self._long_opts[0][2:].replace('-', '_') if self._long_opts
                     else self._short_opts[0][1])

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action,
                              self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1
        elif not typed and self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action,
                              self)

    def _check_callback(self):
        if self.action == 'callback':
            if not callable(self.callback):
                raise OptionError('callback not callable: %r' % self.callback, self)
            if self.callback_args is not None and not isinstance(self.callback_args, tuple):
                raise OptionError('callback_args, if supplied, must be a tuple: not %r'
                                  % self.callback_args, self)
            if (self.callback_kwargs is not None
                    and not isinstance(self.callback_kwargs, dict)):
                raise OptionError('callback_kwargs, if supplied, must be a dict: not %r'
                                  % self.callback_kwargs, self)
            return
        for name in ('callback', 'callback_args', 'callback_kwargs'):
            value = getattr(self, name)
            if value is None:
                continue
            if name == 'callback':
                raise OptionError('callback supplied (%r) for non-callback option' % value,
                                  self)
            raise OptionError('%s supplied for non-callback option' % name, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    # -- queries

    def __str__(self):
        return '/'.join(self._short_opts + self._long_opts)

    def __repr__(self):
        return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    # -- processing a value from the command line

    def check_value(self, opt, value):
        """`value` converted by the checker of the option's type (strings stay as they
        are); OptionValueError when it does not convert."""
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, item) for item in value)

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == 'store':
            setattr(values, dest, value)
        elif action == 'store_const':
            setattr(values, dest, self.const)
        elif action == 'store_true':
            setattr(values, dest, True)
        elif action == 'store_false':
            setattr(values, dest, False)
        elif action == 'append':
            values.ensure_value(dest, []).append(value)
        elif action == 'append_const':
            values.ensure_value(dest, []).append(self.const)
        elif action == 'count':
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == 'callback':
            args = self.callback_args or ()
            kwargs = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *args, **kwargs)
        elif action == 'help':
            parser.print_help()
            parser.exit()
        elif action == 'version':
            parser.print_version()
            parser.exit()
        else:
            raise ValueError('unknown action %r' % self.action)
        return 1


make_option = Option

SUPPRESS_HELP = 'SUPPRESS' + 'HELP'
SUPPRESS_USAGE = 'SUPPRESS' + 'USAGE'


# ---------------------------------------------------------------- Values

class Values:
    """The parsed options: one attribute per destination."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return '<%s at 0x%x: %s>' % (type(self).__name__, id(self), self)

    def __eq__(self, other):
        if isinstance(other, Values):
            return self.__dict__ == other.__dict__
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def _update_careful(self, dict):
        """Sets only the attributes this object already has."""
        for name in dir(self):
            if name in dict:
                value = dict[name]
                if value is not None:
                    setattr(self, name, value)

    def _update_loose(self, dict):
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        if mode == 'careful':
            self._update_careful(dict)
        elif mode == 'loose':
            self._update_loose(dict)
        else:
            raise ValueError('invalid update mode: %r' % mode)

    def read_module(self, modname, mode='careful'):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode='careful'):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---------------------------------------------------------------- containers

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and the maps from
    option strings to them."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.description = description
        self.set_conflict_handler(conflict_handler)

    def _create_option_mappings(self):
        # Option string -> Option, for short and long strings; dest -> default.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        # A group files its options in its parser's maps.
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        """'error' (a taken option string is an error) or 'resolve' (the newer option
        takes it over)."""
        if handler in ('error', 'resolve'):
            self.conflict_handler = handler
        else:
            raise ValueError('invalid conflict_resolution value %r' % handler)

    def set_description(self, description):
        """The text shown above the options."""
        self.description = description

    def get_description(self):
        """The description text."""
        return self.description

    def destroy(self):
        """Drops the references that tie options, groups and parser together."""
        for name in ('_short_opt', '_long_opt', 'defaults'):
            delattr(self, name)

    def _check_conflict(self, option):
        taken = [(opt, self._short_opt[opt]) for opt in option._short_opts
                 if opt in self._short_opt]
        taken += [(opt, self._long_opt[opt]) for opt in option._long_opts
                  if opt in self._long_opt]
        if not taken:
            return
        if self.conflict_handler == 'error':
            names = ', '.join(opt for opt, _other in taken)
            raise OptionConflictError('conflicting option string(s): %s' % names, option)
        # 'resolve': the older options give up the strings; one left with none goes.
        for opt, other in taken:
            if opt.startswith('--'):
                other._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                other._short_opts.remove(opt)
                del self._short_opt[opt]
            if not (other._short_opts or other._long_opts):
                other.container.option_list.remove(other)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., kwarg=val, ...): adds the
        option and returns it."""
        first = args[0]
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError('not an Option instance: %r' % first)
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        dest = option.dest
        if dest is None:
            return option
        if option.default is NO_DEFAULT:
            self.defaults.setdefault(dest, None)
        else:
            self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        """Adds each Option of `option_list`."""
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        """The Option with option string `opt_str`, or None."""
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        """Whether some option has the option string `opt_str`."""
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        """Removes the option that has `opt_str` (all its option strings go with it)."""
        option = self._short_opt.get(opt_str, self._long_opt.get(opt_str))
        if option is None:
            raise ValueError('no such option %r' % opt_str)
        for table, strings in ((self._short_opt, option._short_opts),
                               (self._long_opt, option._long_opts)):
            for text in strings:
                del table[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ''
        return ''.join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        sections = []
        if self.description:
            sections.append(self.format_description(formatter))
        if self.option_list:
            sections.append(self.format_option_help(formatter))
        return '\n'.join(sections)


class OptionGroup(OptionContainer):
    """Options listed together under a title in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        self.title = title
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler,
                                 description)

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        """The heading the group is listed under."""
        self.title = title

    def destroy(self):
        """Drops the group's references to its options and its parser's maps."""
        OptionContainer.destroy(self)
        self.option_list = None
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


# ---------------------------------------------------------------- the parser

class OptionParser(OptionContainer):
    """Parses a list of arguments into (Values, leftover positional arguments)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler='error', description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """Drops the references among the parser, its groups and its options."""
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        for name in ('option_list', 'option_groups', 'formatter'):
            delattr(self, name)

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def _add_help_option(self):
        self.add_option('-h', '--help', action='help',
                        help=_('show this help message and exit'))

    def _add_version_option(self):
        self.add_option('--version', action='version',
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # The class's standard options, the given ones, then --version and -h/--help.
        for options in (self.standard_option_list, option_list):
            if options:
                self.add_options(options)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        # During parse_args: the arguments left of and right of the one being read,
        # and the Values being filled (callbacks may use all three).
        self.rargs = self.largs = self.values = None

    # -- settings

    def set_usage(self, usage):
        """The usage line ('%prog [options]' when None; SUPPRESS_USAGE for none; a
        leading 'usage: ' is dropped, whatever its case)."""
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _('%prog [options]')
        else:
            self.usage = usage[7:] if usage.lower().startswith('usage: ') else usage

    def enable_interspersed_args(self):
        """Options may follow positional arguments (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """The first positional argument ends the options."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        """Whether string defaults go through their option's type check (default yes)."""
        self.process_default_values = process

    def set_default(self, dest, value):
        """The default of destination `dest`."""
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        """Defaults of several destinations at once."""
        self.defaults.update(kwargs)

    def _get_all_options(self):
        everything = self.option_list[:]
        for group in self.option_groups:
            everything += group.option_list
        return everything

    def get_default_values(self):
        """A new Values holding the defaults; string defaults of typed options are
        converted as a value from the command line would be."""
        defaults = dict(self.defaults)
        if self.process_default_values:
            for option in self._get_all_options():
                value = defaults.get(option.dest)
                if isinstance(value, str):
                    value = option.check_value(option.get_opt_string(), value)
                    defaults[option.dest] = value
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        """add_option_group(OptionGroup) or add_option_group(title, description=None):
        adds the group and returns it."""
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError('invalid arguments')
        elif not isinstance(first, OptionGroup):
            raise TypeError('not an OptionGroup instance: %r' % first)
        elif first.parser is not self:
            raise ValueError('invalid OptionGroup (wrong parser)')
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        """The OptionGroup holding the option with `opt_str`, or None (also for an
        option of the parser itself)."""
        option = self.get_option(opt_str)
        owner = getattr(option, 'container', self)
        return None if owner is self else owner

    # -- parsing

    def _get_args(self, args):
        # A copy: parsing consumes the list.
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """Parses `args` (sys.argv[1:] when None) and returns (values, args): the option
        values and the positional arguments left over. Errors end the program through
        error() with exit status 2."""
        self.rargs = pending = self._get_args(args)
        self.values = values = self.get_default_values() if values is None else values
        self.largs = kept = []
        try:
            self._process_args(kept, pending, values)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(values, kept + pending)

    def check_values(self, values, args):
        """Hook for subclasses: checks (and may change) the result of parse_args."""
        return values, args

    def _process_args(self, largs, rargs, values):
        """Consumes `rargs`: options are processed, positional arguments move to
        `largs` (or, without interspersed arguments, the first one stops the loop);
        '--' ends the options."""
        while rargs:
            head = rargs[0]
            if head == '--':
                rargs.pop(0)
                break
            if head.startswith('--'):
                self._process_long_opt(rargs, values)
                continue
            if head.startswith('-') and head != '-':
                self._process_short_opts(rargs, values)
                continue
            if not self.allow_interspersed_args:
                break
            largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        """The long option string `opt` is or abbreviates uniquely."""
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        # The option's nargs arguments from the front of rargs: one string or a tuple.
        wanted = option.nargs
        if len(rargs) < wanted:
            self.error(ngettext('%(option)s option requires %(number)d argument',
                                '%(option)s option requires %(number)d arguments',
                                wanted) % {'option': opt, 'number': wanted})
        taken = rargs[:wanted]
        del rargs[:wanted]
        return taken[0] if wanted == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        name, equals, attached = rargs.pop(0).partition('=')
        if equals:
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif equals:
            self.error(_('%s option does not take a value') % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        # A cluster such as -vvx: flags one by one; an option taking a value takes the
        # rest of the cluster (or the next argument) and ends the cluster.
        cluster = rargs.pop(0)
        for index, letter in enumerate(cluster[1:], 2):
            opt = '-' + letter
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            if cluster[index:]:
                rargs.insert(0, cluster[index:])
            option.process(opt, self._take_values(option, opt, rargs), values, self)
            break

    # -- feedback

    def get_prog_name(self):
        """`prog`, or the base name of sys.argv[0]."""
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        """`s` with %prog replaced by the program's name."""
        return s.replace('%prog', self.get_prog_name())

    def get_description(self):
        """The description with %prog expanded."""
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        """Writes `msg` (if any) to stderr and exits with `status`."""
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Prints the usage and `msg` to stderr and exits with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.get_prog_name(), msg))

    def get_usage(self):
        """The formatted usage text ('' when suppressed)."""
        if self.usage:
            return self.formatter.format_usage(self.expand_prog_name(self.usage))
        return ''

    def print_usage(self, file=None):
        """Prints the usage (to stdout by default) unless it is suppressed."""
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        """The version text with %prog expanded ('' without a version)."""
        return self.expand_prog_name(self.version) if self.version else ''

    def print_version(self, file=None):
        """Prints the version (to stdout by default), if there is one."""
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        """The 'Options' section: the parser's options, then each group, a blank line
        between them."""
        if formatter is None:
            formatter = self.formatter
        formatter.store_option_strings(self)
        heading = formatter.format_heading(_('Options'))
        formatter.indent()
        sections = []
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        sections.extend(group.format_help(formatter) for group in self.option_groups)
        formatter.dedent()
        # With neither options nor groups there is no section, not even its heading.
        return heading + '\n'.join(sections) if sections else ''

    def format_epilog(self, formatter):
        """The epilog text, filled."""
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        """Usage, description, options and epilog, as print_help shows them."""
        if formatter is None:
            formatter = self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + '\n')
        if self.description:
            parts.append(self.format_description(formatter) + '\n')
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return ''.join(parts)

    def print_help(self, file=None):
        """Writes the help to `file` (stdout by default)."""
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The word of `wordmap` that `s` is or abbreviates uniquely."""
    if s in wordmap:
        return s
    candidates = sorted(word for word in wordmap.keys() if word.startswith(s))
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, candidates)
