# platform: types, consistency and formats (never machine-specific values).
import os
import copy
import platform
import sys

u = platform.uname()
print(type(u).__name__, [c.__name__ for c in type(u).__mro__])
print(u._fields, len(u), len(tuple(u)), len(list(u)))
print(all(isinstance(v, str) for v in u))
print(u.system == platform.system(), u.node == platform.node(), u.release == platform.release(),
      u.version == platform.version(), u.machine == platform.machine(),
      u.processor == platform.processor())
print(u[0] == u.system, u[4] == u.machine, u[5] == u.processor, u[-1] == u.processor,
      list(u[:2]) == [u.system, u.node])
print(u == tuple(u), platform.uname() is u or platform.uname() == u)
print(repr(u).startswith("uname_result(system='"), 'processor' in repr(u))
print(sorted(u._asdict()), u._asdict()['system'] == u.system)
r = u._replace(node='elsewhere')
print(type(r).__name__, r.node, r.system == u.system)
print(copy.copy(u) == u, copy.deepcopy(u) == u)
made = platform.uname_result('S', 'N', 'R', 'V', 'M')
print(made, made.system, made[:5])
try:
    platform.uname_result('a', 'b', 'c', 'd', 'e', 'f')
except TypeError:
    print('six arguments: TypeError')

if sys.platform.startswith('linux'):
    print('linux system', platform.system() == 'Linux')
    if hasattr(os, 'uname'):
        print('matches os.uname', tuple(os.uname())[:5] == tuple(u)[:5])
    else:
        print('matches os.uname', True)

# Python version information.
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]),
      type(platform.python_version_tuple()).__name__)
impl = platform.python_implementation()
name = getattr(getattr(sys, 'implementation', None), 'name', None) or sys.implementation_name
print(type(impl).__name__, impl.lower() == name.lower())
build = platform.python_build()
print(type(build).__name__, len(build), all(isinstance(v, str) for v in build))
print(type(platform.python_compiler()).__name__, platform.python_branch() == '' or True,
      type(platform.python_revision()).__name__)

# architecture and libc_ver.
bits, linkage = platform.architecture()
print(bits == ('64bit' if sys.maxsize > 2 ** 32 else '32bit'), linkage in ('ELF', 'WindowsPE', ''))
print(platform.architecture('/nonexistent/file'))
print(platform.architecture('/nonexistent/file', '16bit', 'X'))
lib, ver = platform.libc_ver()
print(type(lib).__name__, type(ver).__name__, lib in ('glibc', ''),
      ver == '' or all(part.isdigit() for part in ver.split('.')))
print(platform.libc_ver(__file__), platform.libc_ver(__file__, 'x', 'y'))
try:
    platform.libc_ver('/nonexistent/file')
except FileNotFoundError as exc:
    print('FileNotFoundError', exc.errno)

# platform() string.
text = platform.platform()
print(type(text).__name__, ' ' not in text, text.startswith(platform.system()))
if platform.system() == 'Linux':
    print(text == platform.platform(terse=True), ('-with-' + lib + ver) in text or not lib)
    print(text.startswith('-'.join([u.system, u.release.replace(' ', '_')])))

# Aliases and other systems' helpers.
print(platform.system_alias('SunOS', '5.8', 'x'), platform.system_alias('Linux', '6.1', 'v'))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver())
print(platform.win32_ver('a', 'b'), platform.mac_ver('10', ('1', '2', '3'), 'm'))
print(platform.win32_edition(), platform.win32_is_iot())
try:
    info = platform.freedesktop_os_release()
except OSError:
    print('os-release', True, True)
else:
    print('os-release', isinstance(info, dict), all(k in info for k in ('NAME', 'ID', 'PRETTY_NAME')))
