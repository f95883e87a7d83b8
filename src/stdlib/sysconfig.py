"""Installation paths and build settings, for tessera: a small, honest sysconfig written
from the documentation of CPython 3.11's sysconfig module.

tessera embeds its standard library in the binary and cannot load C extensions, so there
is no Makefile or pyconfig.h to read. The paths follow CPython's layout under the
installation prefix (the folder above the one holding the tessera executable): they say
where a Python 3.11 of that prefix keeps its files, and need not exist. The configuration
variables are the few a program usually asks for (see ``_config``); every other name
gives None, as CPython gives for a name its build does not define.
"""

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
    'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
    'get_scheme_names', 'parse_config_h',
]

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

# Each scheme maps a path name to a template filled from the configuration variables:
# one line per scheme, the templates in the order of _SCHEME_KEYS ('-' where a scheme has
# no such path). PY stands for python{py_version_short}, U for {userbase}/Python{...}.
_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude',
                'scripts', 'data')
_SCHEME_TABLE = """
posix_prefix {installed_base}/{platlibdir}/PY {platbase}/{platlibdir}/PY
    {base}/lib/PY/site-packages {platbase}/{platlibdir}/PY/site-packages
    {installed_base}/include/PY{abiflags} {installed_platbase}/include/PY{abiflags}
    {base}/bin {base}
posix_home {installed_base}/lib/python {base}/lib/python {base}/lib/python
    {base}/lib/python {installed_base}/include/python {installed_base}/include/python
    {base}/bin {base}
posix_user {userbase}/{platlibdir}/PY {userbase}/{platlibdir}/PY
    {userbase}/lib/PY/site-packages {userbase}/lib/PY/site-packages
    {userbase}/include/PY - {userbase}/bin {userbase}
nt {installed_base}/Lib {base}/Lib {base}/Lib/site-packages {base}/Lib/site-packages
    {installed_base}/Include {installed_base}/Include {base}/Scripts {base}
nt_user U U U/site-packages U/site-packages U/Include - U/Scripts {userbase}
"""


def _read_schemes():
    schemes = {}
    for row in _SCHEME_TABLE.replace('\n    ', ' ').split('\n'):
        words = row.split()
        if not words:
            continue
        paths = {}
        for key, template in zip(_SCHEME_KEYS, words[1:]):
            if template != '-':
                template = template.replace('PY', 'python{py_version_short}')
                paths[key] = template.replace('U', '{userbase}/Python{py_version_nodot_plat}')
        schemes[words[0]] = paths
    return schemes


_SCHEMES = _read_schemes()


def _windows():
    return sys.platform == 'win32'


def _prefix():
    exe = getattr(sys, 'executable', '') or ''
    if not exe:
        return os.getcwd()
    folder = os.path.dirname(os.path.abspath(exe))
    if _windows():
        return folder
    return os.path.dirname(folder)


def _user_base():
    home = os.path.expanduser('~')
    if _windows():
        return os.environ.get('APPDATA') or os.path.join(home, 'AppData', 'Roaming', 'Python')
    if sys.platform == 'darwin':
        return os.path.join(home, 'Library', 'Python', get_python_version())
    return os.path.join(home, '.local')


_config = None


def _build_config():
    info = sys.version_info
    short = f'{info[0]}.{info[1]}'
    prefix = _prefix()
    config = {
        'prefix': prefix,
        'exec_prefix': prefix,
        'base': prefix,
        'platbase': prefix,
        'installed_base': prefix,
        'installed_platbase': prefix,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable or '.')),
        'userbase': _user_base(),
        'py_version': f'{info[0]}.{info[1]}.{info[2]}',
        'py_version_short': short,
        'py_version_nodot': f'{info[0]}{info[1]}',
        'py_version_nodot_plat': f'{info[0]}{info[1]}' if _windows() else '',
        'VERSION': short,
        'abiflags': '' if not _windows() else None,
        'platlibdir': 'lib',
        'MACHDEP': sys.platform,
        'EXE': '.exe' if _windows() else '',
        'SIZEOF_VOID_P': 8 if sys.maxsize > 2 ** 32 else 4,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:'
                  '/etc/zoneinfo' if not _windows() else '',
        # tessera loads no C extensions: no suffix or ABI tag for them.
        'EXT_SUFFIX': None,
        'SOABI': None,
    }
    if config['abiflags'] is None:
        del config['abiflags']
    if not _windows():
        config['BINDIR'] = os.path.join(prefix, 'bin')
        config['LIBDIR'] = os.path.join(prefix, 'lib')
        config['LIBDEST'] = os.path.join(prefix, 'lib', 'python' + short)
        config['BINLIBDEST'] = config['LIBDEST']
        config['INCLUDEPY'] = os.path.join(prefix, 'include', 'python' + short)
        config['CONFINCLUDEPY'] = config['INCLUDEPY']
    else:
        config['BINDIR'] = prefix
        config['LIBDEST'] = os.path.join(prefix, 'Lib')
        config['BINLIBDEST'] = config['LIBDEST']
        config['INCLUDEPY'] = os.path.join(prefix, 'Include')
    for key in ('EXT_SUFFIX', 'SOABI'):
        if config[key] is None:
            del config[key]
    return config


def get_config_vars(*args):
    """With no arguments, a dict of every configuration variable; with names, a list of
    their values (None for a name that is not defined)."""
    global _config
    if _config is None:
        _config = _build_config()
    if args:
        return [_config.get(name) for name in args]
    return _config


def get_config_var(name):
    """The value of one configuration variable, or None when it is not defined."""
    return get_config_vars().get(name)


def get_python_version():
    """The 'MAJOR.MINOR' version, e.g. '3.11'."""
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """The platform tag: 'linux-x86_64', 'macosx-<version>-<machine>', 'win-amd64', ..."""
    import platform
    machine = platform.machine()
    if _windows():
        low = machine.lower()
        if low in ('amd64', 'x86_64'):
            return 'win-amd64'
        if low in ('arm64', 'aarch64'):
            return 'win-arm64'
        return 'win32'
    if sys.platform == 'darwin':
        release = ''
        mac_ver = getattr(platform, 'mac_ver', None)
        if mac_ver is not None:
            release = mac_ver()[0]
        if not release:
            release = '11.0' if machine == 'arm64' else '10.9'
        parts = release.split('.')
        if parts[0] == '10':
            release = '.'.join(parts[:2])
        else:
            release = parts[0] + '.0'
        return f'macosx-{release}-{machine}'
    system = platform.system().lower() or sys.platform
    machine = machine.replace(' ', '_').replace('/', '-')
    return f'{system}-{machine}'


def get_scheme_names():
    """The names of the installation schemes, sorted."""
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return 'nt' if _windows() else 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return get_default_scheme()
    if key == 'home':
        return 'nt' if _windows() else 'posix_home'
    if key == 'user':
        return 'nt_user' if _windows() else 'posix_user'
    raise KeyError(key)


def get_path_names():
    """The names of the paths every scheme defines."""
    return _PATH_NAMES


def get_paths(scheme=None, vars=None, expand=True):
    """A dict of the installation paths of `scheme` (the default scheme when None),
    filled from the configuration variables updated by `vars`."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    paths = {}
    for name, template in templates.items():
        path = _fill(template, values)
        if _windows():
            path = path.replace('/', '\\')
        paths[name] = os.path.normpath(path)
    return paths


def get_path(name, scheme=None, vars=None, expand=True):
    """One installation path of `scheme`; KeyError for an unknown name or scheme."""
    return get_paths(scheme, vars, expand)[name]


def _fill(template, values):
    out = []
    i = 0
    while i < len(template):
        start = template.find('{', i)
        if start < 0:
            out.append(template[i:])
            break
        end = template.index('}', start)
        out.append(template[i:start])
        key = template[start + 1:end]
        if key in values and values[key] is not None:
            out.append(str(values[key]))
        elif key in os.environ:
            out.append(os.environ[key])
        else:
            raise AttributeError(f'{{{key}}}')
        i = end + 1
    return ''.join(out)


def is_python_build(check_home=False):
    """False: tessera is never run from a CPython source tree."""
    return False


def get_makefile_filename():
    """Where CPython would keep its Makefile; tessera has none, the file does not exist."""
    return os.path.join(get_config_var('LIBDEST') or _prefix(),
                        f'config-{get_python_version()}', 'Makefile')


def get_config_h_filename():
    """Where CPython would keep pyconfig.h; tessera has none, the file does not exist."""
    return os.path.join(get_config_var('INCLUDEPY') or _prefix(), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Reads ``#define NAME VALUE`` and ``/* #undef NAME */`` lines of a pyconfig.h-style
    file into `vars` (a new dict when None): integer values become ints, undefined
    names 0."""
    if vars is None:
        vars = {}
    for line in fp:
        text = line.strip()
        if text.startswith('#define '):
            parts = text.split(None, 2)
            if len(parts) < 2 or not _macro_name(parts[1]):
                continue
            value = parts[2] if len(parts) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[parts[1]] = value
        elif text.startswith('/* #undef ') and text.endswith('*/'):
            name = text[len('/* #undef '):-2].strip()
            if _macro_name(name):
                vars[name] = 0
    return vars


def _macro_name(name):
    # As observed of CPython: an upper-case letter, then at least one more character.
    return (len(name) >= 2 and 'A' <= name[0] <= 'Z'
            and all(c.isalnum() or c == '_' for c in name))
