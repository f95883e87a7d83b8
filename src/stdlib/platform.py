"""Identify the underlying platform: operating system, machine and Python build.

Written for tessera from the documentation of CPython 3.11's ``platform`` module and its
observed output. Where the VM has no ``os.uname``, the kernel's identity is read from
``/proc/sys/kernel`` (Linux); values that cannot be found are empty strings.

python_implementation() reports the running implementation honestly: 'CPython', 'PyPy',
'IronPython' or 'Jython' for those, otherwise the implementation's own name
(``sys.implementation.name``, or tessera's ``sys.implementation_name``), so under
tessera it returns 'tessera'.
"""

import collections
import os
import sys

__version__ = '1.0.8'


# ----------------------------------------------------------------------------
# Reading small system files

def _read_text(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as fh:
            return fh.read()
    except (OSError, ValueError):
        return None


def _kernel_value(name):
    text = _read_text('/proc/sys/kernel/' + name)
    return text.strip() if text is not None else ''


_PLATFORM_SYSTEMS = {
    'linux': 'Linux',
    'darwin': 'Darwin',
    'win32': 'Windows',
    'cygwin': 'CYGWIN_NT',
    'freebsd': 'FreeBSD',
    'openbsd': 'OpenBSD',
    'netbsd': 'NetBSD',
    'sunos': 'SunOS',
    'aix': 'AIX',
}


def _system_from_sys():
    tag = sys.platform
    for prefix, name in _PLATFORM_SYSTEMS.items():
        if tag.startswith(prefix):
            return name
    return ''


def _probe_uname():
    """(system, node, release, version, machine) from the best source available."""
    native = getattr(os, 'uname', None)
    if native is not None:
        try:
            got = native()
            return tuple(str(v) for v in got)[:5]
        except OSError:
            pass
    system = _kernel_value('ostype') or _system_from_sys()
    node = _kernel_value('hostname')
    if not node:
        node = (_read_text('/etc/hostname') or '').strip()
    release = _kernel_value('osrelease')
    version = _kernel_value('version')
    machine = _kernel_value('arch')
    return (system, node, release, version, machine)


# ----------------------------------------------------------------------------
# uname

_uname_base = collections.namedtuple('uname_result_base',
                                     'system node release version machine',
                                     module=__name__)


class uname_result(_uname_base):
    """The result of uname(): system, node, release, version and machine, plus
    processor, which is worked out only when it is first asked for."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def _all_six(self):
        return tuple(_uname_base.__iter__(self)) + (self.processor,)

    def __iter__(self):
        return iter(self._all_six())

    def __len__(self):
        return len(self._all_six())

    def __getitem__(self, key):
        return self._all_six()[key]

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(name, value) for name, value in
                          zip(_uname_base._fields, _uname_base.__iter__(self)))
        return 'uname_result({})'.format(shown)

    def _asdict(self):
        return dict(zip(self._fields, self._all_six()))

    def __reduce__(self):
        return uname_result, tuple(self._all_six()[:5])

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) not in (5, 6):
            raise TypeError('Expected 5 arguments, got {}'.format(len(values)))
        return cls(*values[:5])

    def _replace(self, **changes):
        current = dict(zip(_uname_base._fields, _uname_base.__iter__(self)))
        unknown = set(changes) - set(current)
        if unknown:
            raise ValueError('Got unexpected field names: {!r}'.format(sorted(unknown)))
        current.update(changes)
        return uname_result(**current)


_cached_uname = None


def uname():
    """A named tuple (system, node, release, version, machine, processor); values
    that cannot be determined are empty strings."""
    global _cached_uname
    if _cached_uname is None:
        _cached_uname = uname_result(*_probe_uname())
    return _cached_uname


def system():
    """The system/OS name, e.g. 'Linux', 'Darwin', 'Windows', or ''."""
    return uname().system


def node():
    """The computer's network name (may not be fully qualified), or ''."""
    return uname().node


def release():
    """The system's release, e.g. '6.1.0', or ''."""
    return uname().release


def version():
    """The system's release version, or ''."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64', or ''."""
    return uname().machine


def processor():
    """The (real) processor name, or '' when the platform does not say (most Linux
    systems, and always under tessera, which cannot ask `uname -p`)."""
    return ''


# ----------------------------------------------------------------------------
# Executables

def _head_bytes(path, count):
    try:
        with open(path, 'rb') as fh:
            return fh.read(count)
    except (OSError, ValueError, TypeError):
        return None


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) for an executable, by reading its header: bits is '32bit' or
    '64bit', linkage 'ELF' or 'WindowsPE'. Undetermined values keep the given presets;
    an empty bits preset becomes the interpreter's own pointer size."""
    if not bits:
        bits = '64bit' if sys.maxsize > 2 ** 32 else '32bit'
    head = _head_bytes(executable, 64) if executable else None
    if not head:
        return bits, linkage
    if head[:4] == b'\x7fELF' and len(head) > 4:
        elf_class = head[4]
        if elf_class == 1:
            bits = '32bit'
        elif elf_class == 2:
            bits = '64bit'
        return bits, 'ELF'
    if head[:2] == b'MZ':
        return bits, 'WindowsPE'
    return bits, linkage


def _version_key(text):
    return tuple(int(p) for p in text.split('.') if p.isdigit())


def _glibc_versions(path, chunksize):
    """The highest 'GLIBC_x.y[.z]' version named in a file, or None."""
    marker = b'GLIBC_'
    best = None
    carry = b''
    try:
        fh = open(path, 'rb')
    except (OSError, ValueError, TypeError):
        raise
    with fh:
        while True:
            block = fh.read(chunksize)
            if not block:
                break
            data = carry + block
            pos = data.find(marker)
            while pos >= 0:
                end = pos + len(marker)
                stop = end
                while stop < len(data) and (48 <= data[stop] <= 57 or data[stop] == 46):
                    stop += 1
                if stop == len(data):
                    break  # may continue in the next block
                found = data[end:stop].decode('ascii').strip('.')
                if found and '.' in found:
                    if best is None or _version_key(found) > _version_key(best):
                        best = found
                pos = data.find(marker, stop)
            carry = data[-32:]
    return best


def _mapped_libc():
    # The C library this process has loaded, when /proc can tell.
    maps = _read_text('/proc/self/maps')
    if not maps:
        return None
    for row in maps.splitlines():
        path = row.split(None, 5)[-1] if row.count(' ') >= 5 else ''
        base = path.rsplit('/', 1)[-1]
        if path.startswith('/') and (base.startswith('libc.so') or base.startswith('libc-')):
            return path
    return None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(lib, version) of the C library an executable links against, found by
    scanning it for glibc's symbol versions. Without an executable, the C library
    loaded in this process is examined (else the interpreter binary). Presets are
    returned when nothing is found."""
    if executable is None:
        executable = _mapped_libc() or sys.executable
        if not executable:
            return lib, version
    found = _glibc_versions(executable, chunksize)
    if found is None:
        return lib, version
    if not lib or lib == 'glibc':
        lib = 'glibc'
        if not version or _version_key(found) > _version_key(version):
            version = found
    return lib, version


# ----------------------------------------------------------------------------
# Platform string

def system_alias(system, release, version):
    """(system, release, version) with marketing names applied (SunOS 5 is Solaris 2);
    other systems are returned unchanged."""
    if system == 'SunOS' and release[:1].isdigit() and int(release.split('.')[0]) >= 5:
        major, _, rest = release.partition('.')
        release = str(int(major) - 3) + ('.' + rest if rest else '')
        return 'Solaris', release, version
    return system, release, version


_UNSAFE = ' /\\:;"()'


def _tidy(*parts):
    text = '-'.join(p.strip() for p in parts if p)
    out = []
    for ch in text:
        if ch == ' ':
            ch = '_'
        elif ch in _UNSAFE:
            ch = '-'
        if ch == '-' and out and out[-1] == '-':
            continue
        out.append(ch)
    return ''.join(out).rstrip('-')


def platform(aliased=False, terse=False):
    """A single human-readable string identifying the platform, e.g.
    'Linux-6.1.0-x86_64-with-glibc2.36'. On Linux terse gives the same string."""
    info = uname()
    sys_name, rel, ver = info.system, info.release, info.version
    if aliased:
        sys_name, rel, ver = system_alias(sys_name, rel, ver)
    if sys_name == 'Linux':
        lib, lib_version = libc_ver()
        tail = 'with-' + lib + lib_version if lib else ''
        return _tidy(sys_name, rel, info.machine, tail)
    if terse:
        return _tidy(sys_name, rel)
    return _tidy(sys_name, rel, ver, info.machine)


# ----------------------------------------------------------------------------
# Python itself

_KNOWN_IMPLEMENTATIONS = {
    'cpython': 'CPython',
    'pypy': 'PyPy',
    'ironpython': 'IronPython',
    'jython': 'Jython',
}


def python_implementation():
    """The Python implementation running this code (see the module docstring)."""
    impl = getattr(sys, 'implementation', None)
    name = getattr(impl, 'name', None) or getattr(sys, 'implementation_name', '') or ''
    return _KNOWN_IMPLEMENTATIONS.get(name.lower(), name)


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    info = sys.version_info
    return '{}.{}.{}'.format(info[0], info[1], info[2])


def python_version_tuple():
    """The Python version as a tuple of three strings (major, minor, patchlevel)."""
    info = sys.version_info
    return (str(info[0]), str(info[1]), str(info[2]))


def _version_details():
    text = sys.version
    opened = text.find('(')
    closed = text.find(')', opened + 1) if opened >= 0 else -1
    build = text[opened + 1:closed] if opened >= 0 and closed > opened else ''
    rest = text[closed + 1:] if closed >= 0 else ''
    compiler = ''
    if '[' in rest and ']' in rest:
        compiler = rest[rest.find('[') + 1:rest.rfind(']')]
    return build, compiler


def python_build():
    """(buildno, builddate) of the interpreter, as strings."""
    build, _ = _version_details()
    pieces = [piece.strip() for piece in build.split(',')]
    return pieces[0], ' '.join(pieces[1:])


def python_compiler():
    """The compiler used to build the interpreter, or ''."""
    return _version_details()[1]


def python_branch():
    """The source-control branch of the interpreter's build, or ''."""
    return ''


def python_revision():
    """The source-control revision of the interpreter's build, or ''."""
    return ''


# ----------------------------------------------------------------------------
# Other operating systems and the OS release file

def win32_ver(release='', version='', csd='', ptype=''):
    """(release, version, csd, ptype) on Windows; the presets elsewhere."""
    return release, version, csd, ptype


def win32_edition():
    """The Windows edition; None elsewhere."""
    return None


def win32_is_iot():
    """Whether this is Windows IoT; False elsewhere."""
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """(release, versioninfo, machine) on macOS; the presets elsewhere."""
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Version information for Jython; the presets elsewhere."""
    return release, vendor, vminfo, osinfo


_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')
_os_release_cache = None


def _unquote(value):
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in '\'"':
        value = value[1:-1]
        out = []
        i = 0
        while i < len(value):
            ch = value[i]
            if ch == '\\' and i + 1 < len(value):
                i += 1
                ch = value[i]
            out.append(ch)
            i += 1
        return ''.join(out)
    return value


def _parse_os_release(text):
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for row in text.splitlines():
        row = row.strip()
        if not row or row.startswith('#') or '=' not in row:
            continue
        key, _, value = row.partition('=')
        key = key.strip()
        if key.replace('_', '').isalnum() and key[:1].isalpha():
            info[key] = _unquote(value)
    return info


def freedesktop_os_release():
    """The operating system's identification from /etc/os-release (or
    /usr/lib/os-release) as a dict; OSError when neither can be read."""
    global _os_release_cache
    if _os_release_cache is None:
        last_error = None
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding='utf-8') as fh:
                    text = fh.read()
            except OSError as exc:
                last_error = exc
                continue
            _os_release_cache = _parse_os_release(text)
            break
        else:
            raise OSError(last_error.errno if last_error is not None else 2,
                          'Unable to read files ' + ', '.join(_OS_RELEASE_FILES))
    return dict(_os_release_cache)
