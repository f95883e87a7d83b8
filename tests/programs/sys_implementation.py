# sys.implementation: a SimpleNamespace; its values differ between implementations, so
# only their shape is printed. sys.version_info has a named repr.
import sys

impl = sys.implementation
print(type(impl).__name__, type(impl).__module__)
print(repr(impl).startswith("namespace(name='"))
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(impl.cache_tag is None or isinstance(impl.cache_tag, str))
v = impl.version
print(type(v) is type(sys.version_info), len(v), v[:3] == (v.major, v.minor, v.micro))
print(v.releaselevel in ('alpha', 'beta', 'candidate', 'final'), isinstance(v.serial, int))
level = {'alpha': 0xA, 'beta': 0xB, 'candidate': 0xC, 'final': 0xF}[v.releaselevel]
print(impl.hexversion == (v.major << 24 | v.minor << 16 | v.micro << 8 | level << 4 | v.serial))
print(repr(v).startswith('sys.version_info(major='), str(v) == repr(v))
print(sys.version_info)
print('%s | %r' % (sys.version_info, sys.version_info))
print(tuple(sys.version_info), sys.version_info[:2], sys.version_info >= (3, 11))
print({'name', 'cache_tag', 'version', 'hexversion'} <= set(vars(impl)))
import types
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation is impl)
print(sys.implementation == types.SimpleNamespace(**vars(impl)))
print(repr(impl) == 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in vars(impl).items()))


class S(str):
    def __repr__(self):
        return 'S-repr'


print(S('text'), str(S('text')), '%s %r' % (S('a'), S('b')), [S('c')])
