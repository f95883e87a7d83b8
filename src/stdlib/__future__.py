"""Records of the features `from __future__ import ...` can enable, written for tessera
from the documentation of CPython 3.11's `__future__` module.

Each feature is a `_Feature` holding the release that first accepted the import, the
release where it became (or would become) the default, and the compiler flag bit that
`compile()` accepts for it; the bits are also published as CO_* constants."""


class _Feature:
    """One future feature: when it became optional, when mandatory, and its flag."""

    def __init__(self, optional, mandatory, flag):
        self.optional, self.mandatory = optional, mandatory
        self.compiler_flag = flag

    def getOptionalRelease(self):
        """The release (a sys.version_info-like 5-tuple) that first accepted the import."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on, or None if that is not decided."""
        return self.mandatory

    def __repr__(self):
        parts = (self.optional, self.mandatory, self.compiler_flag)
        return '_Feature(' + ', '.join(map(repr, parts)) + ')'


# feature, first optional in, mandatory in (major, minor, level, serial; None: never),
# the CO_* name of its flag, and the flag's bit (None: the flag is 0).
_FEATURES = (
    ('nested_scopes', (2, 1, 'beta', 1), (2, 2, 'alpha', 0), 'CO_NESTED', 4),
    ('generators', (2, 2, 'alpha', 1), (2, 3, 'final', 0), 'CO_GENERATOR_ALLOWED', None),
    ('division', (2, 2, 'alpha', 2), (3, 0, 'alpha', 0), 'CO_FUTURE_DIVISION', 17),
    ('absolute_import', (2, 5, 'alpha', 1), (3, 0, 'alpha', 0),
     'CO_FUTURE_ABSOLUTE_IMPORT', 18),
    ('with_statement', (2, 5, 'alpha', 1), (2, 6, 'alpha', 0), 'CO_FUTURE_WITH_STATEMENT', 19),
    ('print_function', (2, 6, 'alpha', 2), (3, 0, 'alpha', 0), 'CO_FUTURE_PRINT_FUNCTION', 20),
    ('unicode_literals', (2, 6, 'alpha', 2), (3, 0, 'alpha', 0),
     'CO_FUTURE_UNICODE_LITERALS', 21),
    ('barry_as_FLUFL', (3, 1, 'alpha', 2), (4, 0, 'alpha', 0), 'CO_FUTURE_BARRY_AS_BDFL', 22),
    ('generator_stop', (3, 5, 'beta', 1), (3, 7, 'alpha', 0), 'CO_FUTURE_GENERATOR_STOP', 23),
    ('annotations', (3, 7, 'beta', 1), None, 'CO_FUTURE_ANNOTATIONS', 24),
)


def _as_release(short):
    if short is None:
        return None
    major, minor, level, serial = short
    return (major, minor, 0, level, serial)


def _publish(namespace):
    names = []
    for feature, optional, mandatory, flag_name, bit in _FEATURES:
        flag = 0 if bit is None else 1 << bit
        namespace[flag_name] = flag
        namespace[feature] = _Feature(_as_release(optional), _as_release(mandatory), flag)
        names.append(feature)
    return names


all_feature_names = _publish(globals())
del _publish, _as_release, _FEATURES
