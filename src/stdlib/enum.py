"""Enumerations, written for tessera from the documented behaviour of CPython 3.11.

Members are made when the class is created, in definition order (the class namespace is an
ordinary dict here, so ``auto()`` values are resolved in EnumType.__new__)."""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'ReprEnum', 'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum',
           'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']

_builtin_property = property


class auto:
    """Marks a member whose value ``_generate_next_value_`` chooses."""
    _order = [0]

    def __init__(self, value=None):
        self.value = value
        auto._order[0] += 1
        self._seq = auto._order[0]

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % cls_name.lstrip('_')
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


_DESCRIPTOR_TYPES = (type(lambda: None), classmethod, staticmethod, _builtin_property)


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__')
            or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


def _power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def _bits(n):
    while n:
        b = n & -n
        yield b
        n ^= b


def _high_bit(n):
    return n.bit_length() - 1


class EnumType(type):
    """Metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        ns = {}
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                ns[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                continue
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value) or isinstance(value, type)):
                if _is_sunder(key) and key not in (
                        '_order_', '_generate_next_value_', '_missing_', '_ignore_',
                        '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                        '_iter_member_by_def_', '_add_alias_', '_add_value_alias_'):
                    if not key.startswith('_repr') and key not in ('_value_', '_name_'):
                        raise ValueError('_sunder_ names, such as %r, are reserved for future'
                                         ' Enum use' % key)
                ns[key] = value
                continue
            members.append((key, value))
        order = ns.pop('_order_', None)
        ns['_new_member_'] = classdict.get('__new__')
        if '__new__' in classdict:
            ns['__new_member__'] = classdict['__new__']
            del ns['__new__']
        if first_enum is not None and first_enum._member_names_:
            raise TypeError('%r cannot extend %r' % (_EnumReprName(cls, metacls, bases), first_enum))
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        # A mixed-in data type (int, str) comes before Enum in the MRO; its repr, str and
        # format must not hide the enum's own, unless this class defines them.
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in classdict:
                    continue
                for klass in enum_class.__mro__:
                    if name in klass.__dict__:
                        if not isinstance(klass, EnumType):
                            for eklass in first_enum.__mro__:
                                if name in eklass.__dict__:
                                    setattr(enum_class, name, eklass.__dict__[name])
                                    break
                        break
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        enum_class._member_type_ = member_type
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        enum_class._boundary_ = boundary
        if Flag is not None and issubclass(enum_class, Flag):
            # Likewise the flag operators must win over int's.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in classdict:
                    setattr(enum_class, name, Flag.__dict__[name])
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
            enum_class._singles_mask_ = 0
        creator = None
        for klass in enum_class.__mro__:
            if '__new_member__' in klass.__dict__:
                creator = klass.__dict__['__new_member__']
                break
        gen = getattr(enum_class, '_generate_next_value_')
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = gen(name, 1, len(last_values), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gen(name, 1, len(last_values), last_values[:])
                              if isinstance(v, auto) and v.value is None else
                              (v.value if isinstance(v, auto) else v) for v in value)
            last_values.append(value)
            enum_class._add_member_(name, value, creator)
        if Flag is not None and issubclass(enum_class, Flag):
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    enum_class._flag_mask_ |= v
                    if _power_of_two(v):
                        enum_class._singles_mask_ |= v
            fm = enum_class._flag_mask_
            enum_class._all_bits_ = 2 ** fm.bit_length() - 1 if fm else 0
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value, creator):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        if creator is not None:
            m = creator(cls, *args)
        elif member_type is object:
            m = object.__new__(cls)
        else:
            m = member_type.__new__(cls, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                try:
                    m._value_ = member_type(*args)
                except Exception:
                    m._value_ = value
        value = m._value_
        init = None
        for klass in cls.__mro__:
            if '__init__' in klass.__dict__:
                init = klass.__dict__['__init__']
                break
        if init is not None and init is not Enum.__dict__['__init__']:
            init(m, *args)
        # An alias: an earlier member with an equal value.
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        # The class attribute is set before the member is recorded: EnumType.__setattr__
        # refuses to rebind recorded members.
        if canonical is not None:
            setattr(cls, name, canonical)
            cls._member_map_[name] = canonical
            return
        m._name_ = name
        m.__objclass__ = cls
        m._sort_order_ = len(cls._member_names_)
        setattr(cls, name, m)
        cls._member_names_.append(name)
        cls._member_map_[name] = m
        try:
            cls._value2member_map_[value] = m
        except TypeError:
            cls._unhashable_values_.append(value)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            if Enum is None:
                return object, None
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is object:
                    continue
                if isinstance(klass, EnumType):
                    continue
                member_type = klass
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        # An EJECT flag hands back the plain int for values outside its members.
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        if result is None:
            if Flag is not None and issubclass(cls, Flag):
                raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return EnumType.__new__(EnumType, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(value).__qualname__, type(cls).__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_
                if not (Flag is not None and issubclass(cls, Flag)
                        and not _power_of_two(cls._member_map_[name]._value_)))

    def __reversed__(cls):
        return reversed(list(cls.__iter__()))

    def __len__(cls):
        return len(list(cls.__iter__()))

    def __bool__(cls):
        return True

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + cls._member_names_


EnumMeta = EnumType


class _EnumReprName:
    def __init__(self, name, metacls, bases):
        self.name = name
        self.flag = any(getattr(b, '_flag_mask_', None) is not None for b in bases)

    def __repr__(self):
        return '<%s %r>' % ('flag' if self.flag else 'enum', self.name)


class _MappingProxy(dict):
    pass


try:
    from types import MappingProxyType as _MappingProxy
except ImportError:
    pass

Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """Generic enumeration."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(Enum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(v for v in last_values if isinstance(v, int)) if last_values else 0
        return 2 ** (_high_bit(last) + 1) if last > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(all_bits.bit_length(), value.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, width), _bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._member_map_.values()
                 if _power_of_two(m._value_) and m._value_ & value == m._value_
                 and m is cls._member_map_[m._name_]]
        # Members in definition order, as CPython composes names.
        names = [n for n in cls._member_names_ if n in names]
        unknown = value & ~cls._flag_mask_
        if names and unknown:
            pseudo._name_ = '|'.join(names) + '|%s' % unknown
        elif names:
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ & self._value_ == m._value_ and m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is not object and self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._value_)


def _bin(num, width):
    s = bin(num)
    sign = '-' if s.startswith('-') else ''
    digits = s.lstrip('-')[2:]
    digits = digits.rjust(width, '0')
    return '%s0b0 %s' % (sign, digits) if not sign else '-0b1 %s' % digits


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
        return enumeration


def global_enum(cls):
    module = sys.modules.get(cls.__module__) if hasattr(sys, 'modules') else None
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def show_flag_values(value):
    return list(_bits(value))
