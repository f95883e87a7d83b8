# configparser: read_dict, write, mapping protocol, SectionProxy, typed getters, converters.
import configparser as cp, io, sys
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
c = cp.ConfigParser(allow_no_value=True)
c.read_dict({'DEFAULT': {'d': 1}, 's1': {'a': 'x\ny\n\nz', 'b': None, 'c': '', 5: 6.5}, 7: {}})
buf = io.StringIO(); c.write(buf); print(repr(buf.getvalue()))
buf = io.StringIO(); c.write(buf, space_around_delimiters=False); print(repr(buf.getvalue()))
c2 = cp.ConfigParser(delimiters=(':', '='))
c2.read_dict({'s': {'k': 'v'}}); t(lambda: c2.read_dict({'s': {'n': None}}))
buf = io.StringIO(); c2.write(buf); print(repr(buf.getvalue()))
t(lambda: c.read_dict({'s1': {'a': 1}, 's2': {'q': 1, 'Q': 2}}))
t(lambda: c.read_dict({'s3': {'q': 1}, 's3 ': {'q': 1}}))
t(lambda: c.read_dict({'DEFAULT': {'q': 1}}))
t(lambda: c.read_dict({'DEFAULT': {'q': 1}, 'x': {}, 'y': 5}))
print(c.sections())
t(lambda: c.read_dict({'s9': {'q': 1}}, source='mysrc'))
t(lambda: c.read_dict({'s9': {'q': 1, 'Q': 2}}, source='mysrc'))
print(c['s1'], c['DEFAULT'], repr(c['s1']), type(c['s1']).__name__, c['s1'].name, c['s1'].parser is c)
print(list(c), len(c), 'DEFAULT' in c, 's1' in c, 'zz' in c, 5 in c)
print(list(c['s1']), len(c['s1']), 'A' in c['s1'], dict(c['s1']), list(c['DEFAULT']))
t(lambda: c['nope'])
t(lambda: c['s1']['nope'])
print(c['s1'].get('nope'), c['s1'].get('nope', 'fb'), c['s1'].get('a'), c['s1'].getint('d'), c['s1'].getint('zz', 4))
c['s1']['new'] = 'v'; print(c.get('s1', 'new'))
t(lambda: c['s1'].__setitem__('new', 5))
del c['s1']['new']; t(lambda: c['s1'].__delitem__('new'))
t(lambda: c['s1'].__delitem__('d'))
c['fresh'] = {'Alpha': 1, 'beta': 'two'}; print(dict(c['fresh']))
c['fresh'] = {'gamma': 3}; print(dict(c['fresh']))
c['DEFAULT'] = {'only': 'one'}; print(dict(c['DEFAULT']), c.defaults())
t(lambda: c.__delitem__('DEFAULT'))
t(lambda: c.__delitem__('zz'))
del c['fresh']; print(c.sections())
print(list(c.keys()), [(k, v.name) for k, v in c.items()])
print(c.has_section('s1'), c.has_section('DEFAULT'), c.has_option('s1', 'A'), c.has_option('s1', 'only'), c.has_option('nosec', 'x'), c.has_option('', 'only'), c.has_option('DEFAULT', 'only'), c.has_option(None, 'only'))
print(c.remove_option('s1', 'A'), c.remove_option('s1', 'A'), c.remove_option('DEFAULT', 'only'), c.defaults())
t(lambda: c.remove_option('nosec', 'x'))
print(c.remove_section('s1'), c.remove_section('s1'), c.remove_section('DEFAULT'))
b = cp.ConfigParser(); b.read_string('[b]\nt1=yes\nt2=On\nt3=1\nf1=no\nf2=FALSE\nf3=0\nbad=maybe\ni=  42\nfl=1e3\nneg=-7\nx=1.5')
for o in 't1 t2 t3 f1 f2 f3 bad'.split(): t(lambda: b.getboolean('b', o))
t(lambda: b.getint('b', 'i')); t(lambda: b.getint('b', 'x')); t(lambda: b.getfloat('b', 'fl')); t(lambda: b.getint('b', 'neg'))
t(lambda: b.getint('b', 'zz')); t(lambda: b.getint('b', 'zz', fallback=None)); t(lambda: b.getint('zz', 'zz', fallback=9)); t(lambda: b.getint('b', 'x', fallback=9))
t(lambda: b.getboolean('b', 'zz', fallback='q')); t(lambda: b.get('zz', 'zz'))
t(lambda: b.get('b', 'zz', fallback=None)); t(lambda: b.get('b', 'i', vars={'I': '5'}))
t(lambda: b['b'].getboolean('t1')); t(lambda: b['b'].getfloat('nope')); t(lambda: b['b'].getboolean('bad'))
print(sorted(b.converters), type(b.converters).__name__, b.converters['int'])
cc = cp.ConfigParser(converters={'list': lambda v: v.split(',')})
cc.read_string('[s]\nl=a,b,c')
print(cc.getlist('s', 'l'), cc['s'].getlist('l'), sorted(cc.converters), cc['s'].getlist('zz'), cc.getlist('s','zz', fallback=[]))
cc.converters['upper'] = str.upper; print(cc.getupper('s', 'l'), cc['s'].getupper('l'))
del cc.converters['upper']; print(hasattr(cc, 'getupper'), hasattr(cc['s'], 'getupper'))
t(lambda: cc.converters.__setitem__('', str))
print(cp.DEFAULTSECT, cp.MAX_INTERPOLATION_DEPTH)
print(isinstance(c, cp.RawConfigParser), issubclass(cp.ConfigParser, cp.RawConfigParser))
import collections.abc as abc
print(isinstance(c, abc.MutableMapping), isinstance(c['DEFAULT'], abc.MutableMapping))

# the example of the documentation
config = cp.ConfigParser()
config['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
config['forge.example'] = {}
config['forge.example']['User'] = 'hg'
config['topsecret.server.example'] = {}
topsecret = config['topsecret.server.example']
topsecret['Port'] = '50022'
topsecret['ForwardX11'] = 'no'
config['DEFAULT']['ForwardX11'] = 'yes'
out = io.StringIO()
config.write(out)
print(out.getvalue(), end='')
again = cp.ConfigParser()
again.read_string(out.getvalue())
print(again.sections(), 'forge.example' in again, 'python.org' in again)
print(again['forge.example']['User'], again['DEFAULT']['Compression'])
print(topsecret['ForwardX11'], topsecret['Port'], [k for k in again['forge.example']])
print(topsecret.getboolean('ForwardX11'), again['forge.example'].getboolean('ForwardX11'),
      again.getboolean('forge.example', 'Compression'), topsecret.get('Cipher', '3des-cbc'))
print(again.get('forge.example', 'monster', fallback='No such things as monsters'))
print('BatchMode' in topsecret, topsecret.getboolean('BatchMode', fallback=True))
config['DEFAULT']['BatchMode'] = 'no'
print(topsecret.getboolean('BatchMode', fallback=True))
