"""Command-line option and argument parsing (tessera's argparse).

Written for tessera from the documentation of CPython 3.11's argparse and from its observed
behaviour: same public API, messages and help layout, internals of our own.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

# nargs values with a meaning of their own.
PARSER, REMAINDER = 'A...', '...'
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
# A default, help text or dest that is to leave no trace.
SUPPRESS = '==SUPPRESS=='

# Where a sub-parser leaves the words it did not recognise, for its parent to collect.
_LEFTOVER_KEY = '_argparse_leftover_words'

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _plural(count, one, many):
    return one if count == 1 else many


# ---------------------------------------------------------------------------------------
# Namespace and the shared repr


class _ReprByFields(object):
    """repr() as ClassName(positional..., name=value..., **{'odd-name': value})."""

    _shown_fields = None

    def __repr__(self):
        if self._shown_fields is None:
            pairs = list(self.__dict__.items())
        else:
            pairs = [(f, getattr(self, f)) for f in self._shown_fields]
        plain = ['%s=%r' % kv for kv in pairs if kv[0].isidentifier()]
        odd = dict(kv for kv in pairs if not kv[0].isidentifier())
        if odd:
            plain.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(plain) + ')'


class Namespace(_ReprByFields):
    """A plain attribute holder: what parse_args returns."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------------------
# Errors


def _action_label(action):
    """How an error message names an argument (None when it has no name)."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate not in (None, SUPPRESS):
            return candidate
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error about one argument (or about none, when argument is None)."""

    def __init__(self, argument, message):
        self.argument_name = _action_label(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type functions to report a conversion failure in their own words."""


# ---------------------------------------------------------------------------------------
# Actions


class Action(_ReprByFields):
    """What happens when an argument is met on the command line."""

    _shown_fields = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                     'choices', 'required', 'help', 'metavar')

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        given = locals()
        for field in self._shown_fields:
            setattr(self, field, given[field])

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spelled = []
        for opt in option_strings:
            spelled.append(opt)
            if opt.startswith('--'):
                spelled.append('--no-' + opt[2:])
        Action.__init__(self, option_strings=spelled, dest=dest, nargs=0, default=default,
                        type=type, choices=choices, required=required, help=help,
                        metavar=metavar)

    def format_usage(self):
        return ' | '.join(self.option_strings)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        negated = option_string[:5] == '--no-'
        setattr(namespace, self.dest, not negated)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing '
                             'to store, actions such as store true or store const may '
                             'be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const,
                        default=default, type=type, choices=choices, required=required,
                        help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, const=True,
                                   default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, const=False,
                                   default=default, required=required, help=help)


def _fresh_list(current):
    """A list to grow: a copy of the current value (so a shared default stays intact)."""
    if current is None:
        return []
    if type(current) is list:
        return current[:]
    import copy
    return copy.copy(current)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are '
                             'not supplying the value to append, the append const action '
                             'may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const,
                        default=default, type=type, choices=choices, required=required,
                        help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.append(values)
        setattr(namespace, self.dest, grown)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.append(self.const)
        setattr(namespace, self.dest, grown)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if so_far is None else so_far) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit(0)


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.extend(values)
        setattr(namespace, self.dest, grown)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the remaining words."""

    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown = '%s (%s)' % (name, ', '.join(aliases))
            Action.__init__(self, option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        table = {}
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=PARSER,
                        choices=table, required=required, help=help, metavar=metavar)
        self._choices_actions = []
        self._name_parser_map = table
        self._parser_class = parser_class
        self._prog_prefix = prog

    def add_parser(self, name, **kwargs):
        aliases = kwargs.pop('aliases', ())
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        sub = self._parser_class(**kwargs)
        for key in (name,) + tuple(aliases):
            self._name_parser_map[key] = sub
        return sub

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        if chosen not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (chosen, known))
        sub_ns, leftover = self._name_parser_map[chosen].parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if leftover:
            if _LEFTOVER_KEY not in vars(namespace):
                setattr(namespace, _LEFTOVER_KEY, [])
            getattr(namespace, _LEFTOVER_KEY).extend(leftover)


# ---------------------------------------------------------------------------------------
# FileType


class FileType(object):
    """A type= factory that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._open_args = (mode, bufsize, encoding, errors)

    def _standard_stream(self, mode):
        binary = 'b' in mode
        if 'r' in mode:
            stream = _sys.stdin
        elif set(mode) & set('wax'):
            stream = _sys.stdout
        else:
            raise ValueError('argument "-" with mode %r' % mode)
        return stream.buffer if binary else stream

    def __call__(self, string):
        if string == '-':
            return self._standard_stream(self._open_args[0])
        try:
            return open(string, *self._open_args)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        mode, bufsize, encoding, errors = self._open_args
        shown = [repr(mode)] + ([repr(bufsize)] if bufsize != -1 else [])
        for key, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------------------
# Help formatting


def _split_usage_words(text):
    """Cut a usage string into the pieces line wrapping keeps whole. A piece opening with
    '[' (or '(') runs to the first closing bracket (run of them) that ends at a space or
    at the end; any other piece ends at a space."""
    words = []
    pos = 0
    end = len(text)
    while pos < end:
        if text[pos].isspace():
            pos += 1
            continue
        stop = None
        opener = text[pos]
        if opener in '[(':
            closer = ']' if opener == '[' else ')'
            probe = text.find(closer, pos + 1)
            while probe != -1:
                after = probe
                while after < end and text[after] == closer:
                    after += 1
                if after == end or text[after].isspace():
                    stop = after
                    break
                probe = text.find(closer, probe + 1)
        if stop is None:
            stop = pos
            while stop < end and not text[stop].isspace():
                stop += 1
        words.append(text[pos:stop])
        pos = stop
    return words


class _HelpBlock(object):
    """A section of the help being assembled: a title and what goes under it."""

    def __init__(self, title, outer):
        self.title = title
        self.outer = outer
        self.entries = []


class HelpFormatter(object):
    """Lays out usage and help text. Only the class name and constructor are public."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._widest_invocation = 0
        self._root = _HelpBlock(None, None)
        self._open = self._root

    # -- collecting ---------------------------------------------------------------------

    def start_section(self, heading):
        block = _HelpBlock(heading, self._open)
        self._open.entries.append(('block', block))
        self._open = block
        self._indent()

    def end_section(self):
        self._open = self._open.outer
        self._dedent()

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._open.entries.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open.entries.append(('usage', (usage, list(actions), groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        level = self._current_indent
        for act, _depth in self._with_subactions(action, 0):
            # Sub-actions count at the section's indent, as CPython measures them.
            width = len(self._format_action_invocation(act)) + level
            if width > self._widest_invocation:
                self._widest_invocation = width
        self._open.entries.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _with_subactions(self, action, depth):
        yield action, depth
        subs = getattr(action, '_get_subactions', None)
        if subs is not None:
            for sub in subs():
                for pair in self._with_subactions(sub, depth + self._indent_increment):
                    yield pair

    # -- rendering ----------------------------------------------------------------------

    def format_help(self):
        self._help_column = min(self._widest_invocation + 2, self._max_help_position)
        text = self._render_block(self._root, 0)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _render_block(self, block, indent):
        inner = indent if block is self._root else indent + self._indent_increment
        pieces = []
        for kind, payload in block.entries:
            if kind == 'block':
                pieces.append(self._render_block(payload, inner))
            elif kind == 'text':
                pieces.append(self._render_text(payload, inner))
            elif kind == 'usage':
                pieces.append(self._render_usage(payload, inner))
            else:
                pieces.append(self._render_action(payload, inner))
        body = ''.join(pieces)
        if block is self._root:
            return body
        if not body:
            return ''
        head = ''
        if block.title is not SUPPRESS and block.title is not None:
            head = '%s%s:\n' % (' ' * indent, block.title)
        return '\n' + head + body + '\n'

    def _render_text(self, text, indent):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - indent, 11)
        return self._fill_text(text, room, ' ' * indent) + '\n\n'

    def _render_usage(self, payload, indent):
        usage, actions, groups, prefix = payload
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            line = usage % {'prog': self._prog}
        elif not actions:
            line = '%s' % (self._prog,)
        else:
            line = self._compose_usage(actions, groups, len(prefix), indent)
        return '%s%s\n\n' % (prefix, line)

    def _compose_usage(self, actions, groups, prefix_len, indent):
        prog = '%s' % (self._prog,)
        with_opts = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        whole = ' '.join(s for s in [prog, self._usage_of(with_opts + bare, groups)] if s)
        room = self._width - indent
        if prefix_len + len(whole) <= room:
            return whole
        opt_words = _split_usage_words(self._usage_of(with_opts, groups))
        pos_words = _split_usage_words(self._usage_of(bare, groups))

        def pack(words, lead, first_used=None):
            rows = []
            current = []
            used = len(lead) - 1 if first_used is None else first_used - 1
            for word in words:
                if current and used + 1 + len(word) > room:
                    rows.append(current)
                    current = []
                    used = len(lead) - 1
                current.append(word)
                used += 1 + len(word)
            if current:
                rows.append(current)
            text_rows = [lead + ' '.join(r) for r in rows]
            if first_used is not None and text_rows:
                text_rows[0] = text_rows[0][len(lead):]
            return text_rows

        if prefix_len + len(prog) <= 0.75 * room:
            lead = ' ' * (prefix_len + len(prog) + 1)
            if opt_words:
                rows = pack([prog] + opt_words, lead, prefix_len)
                rows += pack(pos_words, lead)
            elif pos_words:
                rows = pack([prog] + pos_words, lead, prefix_len)
            else:
                rows = [prog]
        else:
            lead = ' ' * prefix_len
            rows = pack(opt_words + pos_words, lead)
            if len(rows) > 1:
                rows = pack(opt_words, lead) + pack(pos_words, lead)
            rows = [prog] + rows
        return '\n'.join(rows)

    def _usage_of(self, actions, groups):
        """The usage text of actions, mutually exclusive groups shown as [a | b]."""
        grouped = {}
        for group in groups:
            members = group._group_actions
            if not members or members[0] not in actions:
                continue
            at = actions.index(members[0])
            if actions[at:at + len(members)] != members:
                continue
            grouped[at] = group
        out = []
        pos = 0
        while pos < len(actions):
            group = grouped.get(pos)
            if group is not None:
                shown = [self._one_usage(a, True) for a in group._group_actions
                         if a.help is not SUPPRESS]
                shown = [s for s in shown if s]
                if shown:
                    if group.required:
                        if len(shown) == 1:
                            out.append(shown[0])
                        else:
                            out.append('(%s)' % ' | '.join(shown))
                    else:
                        out.append('[%s]' % ' | '.join(shown))
                pos += len(group._group_actions)
                continue
            action = actions[pos]
            pos += 1
            if action.help is SUPPRESS:
                continue
            text = self._one_usage(action, False)
            if text:
                out.append(text)
        return ' '.join(out)

    def _one_usage(self, action, in_group):
        if not action.option_strings:
            text = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and len(text) > 1 and text[0] == '[' and text[-1] == ']':
                text = text[1:-1]
            return text
        if action.nargs == 0:
            text = action.format_usage()
        else:
            meta = self._format_args(action, self._get_default_metavar_for_optional(action))
            text = '%s %s' % (action.option_strings[0], meta)
        if not action.required and not in_group:
            text = '[%s]' % text
        return text

    def _render_action(self, action, indent):
        # _format_action reads the indent from _current_indent, as subclasses expect.
        kept = self._current_indent
        self._current_indent = indent
        try:
            return self._format_action(action)
        finally:
            self._current_indent = kept

    def _format_action(self, action):
        out = []
        self._lay_out_action(action, self._current_indent, out)
        return ''.join(out)

    def _lay_out_action(self, action, indent, out):
        column = self._help_column
        label_room = column - indent - 2
        label = self._format_action_invocation(action)
        if not action.help:
            out.append('%s%s\n' % (' ' * indent, label))
        else:
            lines = self._split_lines(self._expand_help(action),
                                      max(self._width - column, 11))
            if len(label) <= label_room:
                out.append('%s%s  ' % (' ' * indent, label.ljust(label_room)))
                rest = lines
                if lines:
                    out.append(lines[0] + '\n')
                    rest = lines[1:]
                else:
                    out.append('\n')
            else:
                out.append('%s%s\n' % (' ' * indent, label))
                rest = lines
            for line in rest:
                out.append('%s%s\n' % (' ' * column, line))
        subs = getattr(action, '_get_subactions', None)
        if subs is not None:
            for sub in subs():
                if sub.help is not SUPPRESS:
                    out.append(self._render_action(sub, indent + self._indent_increment))

    # -- the overridable pieces ---------------------------------------------------------

    def _format_action_invocation(self, action):
        if not action.option_strings:
            fallback = self._get_default_metavar_for_positional(action)
            (single,) = self._metavar_tuple(action, fallback, 1)
            return single
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        meta = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (opt, meta) for opt in action.option_strings)

    def _metavar_tuple(self, action, fallback, count):
        return self._metavar_formatter(action, fallback)(count)

    def _metavar_formatter(self, action, default_metavar):
        """A function of a count giving the names of that many values."""
        if action.metavar is not None:
            name = action.metavar
        elif action.choices is not None:
            name = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            name = default_metavar
        if isinstance(name, tuple):
            return lambda count: name
        return lambda count: (name,) * count

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        if nargs == SUPPRESS:
            return ''
        if nargs == REMAINDER:
            return '...'
        if nargs is None:
            names = self._metavar_tuple(action, default_metavar, 1)
            pattern = ['%s']
        elif nargs == OPTIONAL:
            names = self._metavar_tuple(action, default_metavar, 1)
            pattern = ['[%s]']
        elif nargs == ZERO_OR_MORE:
            names = self._metavar_tuple(action, default_metavar, 1)
            pattern = ['[%s [%s ...]]'] if len(names) == 2 else ['[%s ...]']
        elif nargs == ONE_OR_MORE:
            names = self._metavar_tuple(action, default_metavar, 2)
            pattern = ['%s [%s ...]']
        elif nargs == PARSER:
            names = self._metavar_tuple(action, default_metavar, 1)
            pattern = ['%s ...']
        else:
            try:
                count = int(nargs)
                if count != nargs:
                    raise TypeError
                names = self._metavar_tuple(action, default_metavar, count)
                pattern = ['%s'] * count
            except (TypeError, ValueError):
                raise ValueError('invalid nargs value') from None
        template = ' '.join(pattern)
        try:
            return template % tuple(names)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs') from None

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            item = values[key]
            if item is SUPPRESS:
                del values[key]
            elif hasattr(item, '__name__'):
                values[key] = item.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _split_lines(self, text, width):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written (argument help included)."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type (int, float, ...)."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------
# Containers: the parser, its argument groups and mutually exclusive groups


_ACTION_CLASSES = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


def _identity(text):
    return text


# The tables a parser shares with all its groups (the same objects, under these names),
# with how the parser makes each.
_SHARED_TABLES = {
    '_registries': lambda: {'action': dict(_ACTION_CLASSES), 'type': {None: _identity}},
    '_actions': list, '_action_groups': list, '_mutually_exclusive_groups': list,
    '_option_string_actions': dict, '_defaults': dict,
    '_has_negative_number_optionals': list,
}


class _Arguments(object):
    """What ArgumentParser and its groups share: declaring arguments."""

    def _setup_container(self, description, prefix_chars, argument_default,
                         conflict_handler, owner=None):
        vars(self).update(description=description, prefix_chars=prefix_chars,
                          argument_default=argument_default,
                          conflict_handler=conflict_handler)
        self._get_handler()
        for name, make in _SHARED_TABLES.items():
            setattr(self, name, make() if owner is None else getattr(owner, name))

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        found = self._registries[registry_name]
        return found[value] if value in found else default

    def set_defaults(self, **kwargs):
        for action in self._actions:
            action.default = kwargs.get(action.dest, action.default)
        self._defaults.update(kwargs)

    def get_default(self, dest):
        declared = [a.default for a in self._actions
                    if a.dest == dest and a.default is not None]
        if declared:
            return declared[0]
        return self._defaults.get(dest)

    def _inherited_default(self, dest):
        """The default an argument declared without one takes: a 1-tuple, or ()."""
        if dest in self._defaults:
            return (self._defaults[dest],)
        if self.argument_default is not None:
            return (self.argument_default,)
        return ()

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...) or
        add_argument(option_string, option_string, ..., name=value, ...)"""
        positional = not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            for value in self._inherited_default(kwargs['dest']):
                kwargs['default'] = value
        chosen = kwargs.pop('action', None)
        factory = self._registry_get('action', chosen, chosen)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**kwargs)
        self._check_type(action)
        # A metavar tuple of the wrong length fails here rather than in the help.
        self._get_formatter()._format_args(action, None)
        return self._add_action(action)

    def _check_type(self, action):
        convert = self._registry_get('type', action.type, action.type)
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be '
                             'passed' % (convert,))
        if not callable(convert):
            raise ValueError('%r is not callable' % (convert,))

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        spellings = action.option_strings
        self._option_string_actions.update((opt, action) for opt in spellings)
        if not self._has_negative_number_optionals:
            if any(_NEGATIVE_NUMBER.match(opt) for opt in spellings):
                self._has_negative_number_optionals.append(True)
        action.container = self
        self._actions.append(action)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = twin
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _positional_kwargs(self, dest=None, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        spelled = []
        long_forms = []
        for opt in args:
            if not opt or opt[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character '
                                 '%r' % (opt, chars))
            spelled.append(opt)
            if len(opt) > 1 and opt[1] in chars:
                long_forms.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_forms[0] if long_forms else spelled[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (spelled[-1],))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=spelled)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r'
                             % (self.conflict_handler,))
        return handler

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt]) for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, clashes):
        names = ', '.join(opt for opt, _ in clashes)
        raise ArgumentError(action, _plural(len(clashes), 'conflicting option string: %s',
                                            'conflicting option strings: %s') % names)

    def _handle_conflict_resolve(self, action, clashes):
        for opt, older in clashes:
            older.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_Arguments):
    def __init__(self, container, title=None, description=None, **kwargs):
        settings = {}
        for key in ('prefix_chars', 'argument_default', 'conflict_handler'):
            settings[key] = kwargs.get(key, getattr(container, key))
        self._setup_container(description, owner=container, **settings)
        self._owner = container
        self._group_actions = []
        self.title = title

    def _get_formatter(self):
        return self._owner._get_formatter()

    def _add_action(self, action):
        self._group_actions.append(_Arguments._add_action(self, action))
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        _Arguments._remove_action(self, action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._group_actions.append(self._owner._add_action(action))
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._owner._remove_action(action)


# ---------------------------------------------------------------------------------------
# The parser


def _nargs_regex(action):
    """A regex over the word kinds (A: argument, O: option, -: the first '--') matching
    what action may take."""
    nargs = action.nargs
    if nargs is None:
        body = '-*A-*'
    elif nargs == OPTIONAL:
        body = '-*A?-*'
    elif nargs == ZERO_OR_MORE:
        body = '-*[A-]*'
    elif nargs == ONE_OR_MORE:
        body = '-*A[A-]*'
    elif nargs == REMAINDER:
        body = '[-AO]*'
    elif nargs == PARSER:
        body = '-*A[-AO]*'
    elif nargs == SUPPRESS:
        body = '-*-*'
    else:
        body = '-*' + '-*'.join(['A'] * nargs) + '-*'
    if action.option_strings:
        body = body.replace('-*', '').replace('-', '')
    return '(' + body + ')'


class ArgumentParser(_ReprByFields, _Arguments):
    """Turns command-line words into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._setup_container(description, prefix_chars, argument_default,
                              conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        vars(self).update(prog=prog, usage=usage, epilog=epilog,
                          formatter_class=formatter_class,
                          fromfile_prefix_chars=fromfile_prefix_chars, add_help=add_help,
                          allow_abbrev=allow_abbrev, exit_on_error=exit_on_error)
        self._subparsers = None
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    _shown_fields = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                     'add_help')

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        home = self._positionals
        if 'title' in kwargs or 'description' in kwargs:
            home = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                           kwargs.pop('description', None))
        self._subparsers = home
        if kwargs.get('prog') is None:
            # The sub-commands' prog: ours and the positionals declared so far.
            lead = self._get_formatter()
            lead.add_usage(self.usage, [a for a in self._actions if not a.option_strings],
                           self._mutually_exclusive_groups, '')
            kwargs['prog'] = lead.format_help().strip()
        action_class = self._registry_get('action', kwargs.pop('action', 'parsers'),
                                          'parsers')
        if not callable(action_class):
            action_class = _SubParsersAction
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- help -------------------------------------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        target = _sys.stderr if file is None else file
        if message:
            try:
                target.write(message)
            except (OSError, AttributeError):
                return

    def exit(self, status=0, message=None):
        self._print_message(message, _sys.stderr)
        raise SystemExit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # -- parsing ----------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        words = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is SUPPRESS or action.default is SUPPRESS:
                continue
            if not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, extras = self._parse_words(words, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, extras = self._parse_words(words, namespace)
        if _LEFTOVER_KEY in vars(namespace):
            extras.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, extras

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = [a for a in self._actions if not a.option_strings]
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        saved = {}
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            # First pass: options only, every positional switched off.
            for action in positionals:
                saved[action] = (action.nargs, action.default)
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            namespace, rest = self.parse_known_args(args, namespace)
            for action in positionals:
                if action.dest in vars(namespace) and getattr(namespace, action.dest) == []:
                    delattr(namespace, action.dest)
        finally:
            for action, (nargs, default) in saved.items():
                action.nargs = nargs
                action.default = default
        optionals = [a for a in self._actions if a.option_strings]
        was_required = {}
        try:
            # Second pass: positionals only, from what the first pass left.
            for action in optionals:
                was_required[action] = action.required
                action.required = False
            for group in self._mutually_exclusive_groups:
                was_required[group] = group.required
                group.required = False
            namespace, extras = self.parse_known_args(rest, namespace)
        finally:
            for thing, flag in was_required.items():
                thing.required = flag
            self.usage = saved_usage
        return namespace, extras

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _expand_files(self, words):
        out = []
        for word in words:
            if not word or word[0] not in self.fromfile_prefix_chars:
                out.append(word)
                continue
            try:
                with open(word[1:]) as handle:
                    inner = []
                    for line in handle.read().splitlines():
                        inner.extend(self.convert_arg_line_to_args(line))
                out.extend(self._expand_files(inner))
            except OSError as err:
                self.error(str(err))
        return out

    def _lookup_option(self, word):
        """(action or None, option string, explicit value or None) for a word that is an
        option, None for a word that is an argument."""
        if not word or word[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if word in table:
            return table[word], word, None
        if len(word) == 1:
            return None
        if '=' in word:
            head, tail = word.split('=', 1)
            if head in table:
                return table[head], head, tail
        candidates = self._prefix_matches(word)
        if len(candidates) > 1:
            listed = ', '.join(opt for _, opt, _ in candidates)
            self.error('ambiguous option: %s could match %s' % (word, listed))
        if len(candidates) == 1:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(word) and not self._has_negative_number_optionals:
            return None
        if ' ' in word:
            return None
        return None, word, None

    def _prefix_matches(self, word):
        chars = self.prefix_chars
        found = []
        table = self._option_string_actions
        if word[0] in chars and word[1] in chars:
            if not self.allow_abbrev:
                return found
            stem, _, value = word.partition('=')
            value = value if '=' in word else None
            for opt in table:
                if opt.startswith(stem):
                    found.append((table[opt], opt, value))
        elif word[0] in chars:
            short, attached = word[:2], word[2:]
            for opt in table:
                if opt == short:
                    found.append((table[opt], opt, attached))
                elif self.allow_abbrev and opt.startswith(word):
                    found.append((table[opt], opt, None))
        else:
            self.error('unexpected option string: %s' % word)
        return found

    def _parse_words(self, words, namespace):
        if self.fromfile_prefix_chars is not None:
            words = self._expand_files(words)

        # Exclusion partners of each action.
        partners = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                partners.setdefault(action, []).extend(members[:i] + members[i + 1:])

        # Classify the words: O option, A argument, '-' the first '--'.
        found = {}
        kinds = []
        after_dashes = False
        for i, word in enumerate(words):
            if after_dashes:
                kinds.append('A')
            elif word == '--':
                kinds.append('-')
                after_dashes = True
            else:
                hit = self._lookup_option(word)
                if hit is None:
                    kinds.append('A')
                else:
                    found[i] = hit
                    kinds.append('O')
        kinds = ''.join(kinds)

        seen = set()
        seen_set = set()
        extras = []

        def apply(action, values, option_string=None):
            seen.add(action)
            converted = self._get_values(action, values)
            if converted is not action.default:
                seen_set.add(action)
                for other in partners.get(action, ()):
                    if other in seen_set:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_label(other))
            if converted is not SUPPRESS:
                action(self, namespace, converted, option_string)

        waiting = [a for a in self._actions if not a.option_strings]

        def take_positionals(at):
            tail = kinds[at:]
            for count in range(len(waiting), 0, -1):
                regex = ''.join(_nargs_regex(a) for a in waiting[:count])
                hit = _re.match(regex, tail)
                if hit is None:
                    continue
                taken = waiting[:count]
                del waiting[:count]
                for action, span in zip(taken, hit.groups()):
                    apply(action, words[at:at + len(span)])
                    at += len(span)
                return at
            return at

        def take_option(at):
            action, opt, attached = found[at]
            pending = []
            while True:
                if action is None:
                    extras.append(words[at])
                    return at + 1
                if attached is None:
                    regex = _nargs_regex(action)
                    hit = _re.match(regex, kinds[at + 1:])
                    if hit is None:
                        raise ArgumentError(action, self._arity_message(action))
                    n = len(hit.group(1))
                    pending.append((action, words[at + 1:at + 1 + n], opt))
                    at = at + 1 + n
                    break
                takes = _re.match(_nargs_regex(action), 'A')
                if takes is None:
                    raise ArgumentError(action, self._arity_message(action))
                takes = len(takes.group(1))
                if takes == 0 and opt[1] not in self.prefix_chars and attached != '':
                    # -xyz: -x is a flag, so y (and what follows) is another short option.
                    pending.append((action, [], opt))
                    opt = opt[0] + attached[0]
                    rest = attached[1:] or None
                    if opt not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                    action = self._option_string_actions[opt]
                    attached = rest
                elif takes == 1:
                    pending.append((action, [attached], opt))
                    at += 1
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            for action, values, opt in pending:
                apply(action, values, opt)
            return at

        option_spots = sorted(found)
        at = 0
        while option_spots and at <= option_spots[-1]:
            next_option = min(i for i in option_spots if i >= at)
            if at != next_option:
                moved = take_positionals(at)
                if moved > at:
                    at = moved
                    continue
            if at not in found:
                extras.extend(words[at:next_option])
                at = next_option
            at = take_option(at)
        at = take_positionals(at)
        extras.extend(words[at:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_action_label(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_set for a in group._group_actions):
                names = [_action_label(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _arity_message(self, action):
        nargs = action.nargs
        if nargs is None:
            return 'expected one argument'
        if nargs == OPTIONAL:
            return 'expected at most one argument'
        if nargs == ONE_OR_MORE:
            return 'expected at least one argument'
        return _plural(nargs, 'expected %s argument', 'expected %s arguments') % nargs

    def _get_values(self, action, words):
        if action.nargs not in (PARSER, REMAINDER) and '--' in words:
            words = list(words)
            words.remove('--')
        nargs = action.nargs
        if not words and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not words and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else words
            self._check_value(action, value)
            return value
        if len(words) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, words[0])
            self._check_value(action, value)
            return value
        if nargs == REMAINDER:
            return [self._get_value(action, w) for w in words]
        if nargs == PARSER:
            value = [self._get_value(action, w) for w in words]
            self._check_value(action, value[0])
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        value = [self._get_value(action, w) for w in words]
        for item in value:
            self._check_value(action, item)
        return value

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            offered = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, offered))
