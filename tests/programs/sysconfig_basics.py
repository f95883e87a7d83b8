# sysconfig basics: version, platform tag, schemes, paths and configuration variables.
# Paths depend on where the interpreter is installed, so only their shape is printed.
import os
import sys
import sysconfig

print(sysconfig.get_python_version())
print(sysconfig.get_python_version() == '%d.%d' % sys.version_info[:2])
tag = sysconfig.get_platform()
print(type(tag).__name__, tag == tag.lower() or sys.platform == 'darwin')
if sys.platform.startswith('linux'):
    import platform
    print(tag == 'linux-' + platform.machine())
else:
    print(True)

print(sysconfig.get_path_names())
names = sysconfig.get_scheme_names()
print([n for n in names if n in ('nt', 'nt_user', 'posix_home', 'posix_prefix', 'posix_user')])
print(sysconfig.get_default_scheme() in names)
print(sysconfig.get_preferred_scheme('user') in names, sysconfig.get_preferred_scheme('home'))
try:
    sysconfig.get_preferred_scheme('nowhere')
except KeyError as exc:
    print('KeyError', exc)

paths = sysconfig.get_paths()
print(sorted(paths))
print(all(os.path.isabs(p) for p in paths.values()))
print(paths['stdlib'].endswith('python3.11'), paths['purelib'].endswith('site-packages'))
print(os.path.basename(paths['scripts']), os.path.basename(paths['include']))
print(sysconfig.get_path('data') == paths['data'], sysconfig.get_path('scripts') == paths['scripts'])
for bad in (lambda: sysconfig.get_path('nope'), lambda: sysconfig.get_paths('nope'),
            lambda: sysconfig.get_path('stdlib', 'nope')):
    try:
        bad()
    except KeyError as exc:
        print('KeyError', exc)

# Templates, and filling them from given variables.
print(sorted(sysconfig.get_paths(expand=False).items()))
print(sorted(sysconfig.get_paths('posix_home', expand=False).items()))
fake = {'base': '/X', 'platbase': '/Y', 'installed_base': '/Z', 'installed_platbase': '/W',
        'userbase': '/U'}
for scheme in ('posix_prefix', 'posix_home', 'posix_user'):
    print(scheme, sorted(sysconfig.get_paths(scheme, vars=fake).items()))
print(sysconfig.get_path('purelib', 'posix_prefix', fake))

# Configuration variables: known keys have values, unknown ones give None.
for key in ('VERSION', 'py_version_short', 'py_version_nodot', 'Py_DEBUG', 'platlibdir'):
    print(key, repr(sysconfig.get_config_var(key)))
print(sysconfig.get_config_var('py_version') == '%d.%d.%d' % sys.version_info[:3])
print(sysconfig.get_config_var('SIZEOF_VOID_P') in (4, 8))
for key in ('prefix', 'exec_prefix', 'base', 'installed_base', 'BINDIR', 'LIBDEST', 'userbase'):
    value = sysconfig.get_config_var(key)
    print(key, type(value).__name__, os.path.isabs(value))
print(sysconfig.get_config_var('NO_SUCH_VARIABLE'), sysconfig.get_config_var('SO'))
print(sysconfig.get_config_vars('VERSION', 'NO_SUCH_VARIABLE', 'py_version_nodot'))
everything = sysconfig.get_config_vars()
print(type(everything).__name__, everything['VERSION'], 'prefix' in everything)
print(everything is sysconfig.get_config_vars())
print(sysconfig.get_config_var('prefix') == sysconfig.get_paths()['data'])
print(sysconfig.is_python_build())
print(os.path.basename(sysconfig.get_config_h_filename()),
      os.path.basename(sysconfig.get_makefile_filename()))

# parse_config_h reads #define and #undef lines.
import io
text = io.StringIO('#define HAVE_THING 1\n#define NAME "x"\n/* #undef HAVE_OTHER */\n'
                   'int x;\n#define SIZE 8\n')
print(sorted(sysconfig.parse_config_h(text).items()))
got = {'KEEP': 1}
print(sysconfig.parse_config_h(io.StringIO('#define AB 2\n#define a 3\n#define B 4\n'), got) is got, sorted(got.items()))
