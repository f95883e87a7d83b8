# configparser: RawConfigParser, depth limit, optionxform, files (read/read_file/write), mapping methods.
import configparser as cp, io, os, tempfile, shutil
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
r = cp.RawConfigParser(); r.add_section('s')
t(lambda: r['s'].__setitem__('k', 5)); t(lambda: r.get('s', 'k')); t(lambda: r['s']['k'])
r.set('s', 'p', '%(zz)s 100%'); t(lambda: r['s']['p']); t(lambda: r.items('s'))
c = cp.ConfigParser(); c.read_string('[s]\nKey=1')
t(lambda: c.get('s', 'KEYX')); t(lambda: c.get('S', 'KEYX')); t(lambda: c.get('s', 'KEY'))
# depth boundary
for n in range(7, 13):
    d = {'a%d' % i: '%%(a%d)s' % (i + 1) for i in range(n)}
    d['a%d' % n] = 'end'
    c = cp.ConfigParser(); c.read_dict({'s': d}); t(lambda: c.get('s', 'a0'))
    d = {'a%d' % i: '${a%d}' % (i + 1) for i in range(n)}
    d['a%d' % n] = 'end'
    c = cp.ConfigParser(interpolation=cp.ExtendedInterpolation()); c.read_dict({'s': d}); t(lambda: c.get('s', 'a0'))
class Keep(cp.ConfigParser):
    def optionxform(self, s): return s
k = Keep(); k.read_string('[S]\nCamel = 1\ncamel = 2\nx=%(Camel)s'); print(k.items('S'), k.has_option('S', 'CAMEL'), k['S']['x'])
k = cp.ConfigParser(); k.optionxform = str; k.read_string('[S]\nCamel = 1\ncamel = 2'); print(k.items('S'))
from collections import OrderedDict
o = cp.ConfigParser(dict_type=OrderedDict); o.read_string('[b]\nz=1\na=2\n[a]\n'); print(o.sections(), type(o._sections).__name__ if hasattr(o, '_sections') else '')
tmp = tempfile.mkdtemp()
try:
    p1 = os.path.join(tmp, 'one.ini'); p2 = os.path.join(tmp, 'two.ini')
    with open(p1, 'w') as f: f.write('[one]\nx = 1\n')
    with open(p2, 'w') as f: f.write('[two]\ny = 2\n[one]\nz = 3\n')
    c = cp.ConfigParser()
    got = c.read([p1, os.path.join(tmp, 'missing.ini'), p2])
    print([os.path.basename(g) for g in got], {s: dict(c[s]) for s in c.sections()})
    got = c.read(p1); print(len(got))
    import pathlib
    got = cp.ConfigParser().read(pathlib.Path(p1)); print(type(got[0]).__name__)
    with open(p2) as f:
        c2 = cp.ConfigParser(); c2.read_file(f); print(c2.sections())
    with open(os.path.join(tmp, 'bad.ini'), 'w') as f: f.write('[a]\nnovalue\n')
    try:
        with open(os.path.join(tmp, 'bad.ini')) as f: cp.ConfigParser().read_file(f)
    except cp.ParsingError as e:
        print(str(e).replace(tmp, 'TMP'))
    with open(os.path.join(tmp, 'out.ini'), 'w') as f: c.write(f)
    with open(os.path.join(tmp, 'out.ini')) as f: print(repr(f.read()))
finally:
    shutil.rmtree(tmp)
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation(), defaults={'a': '$x'})
print(e.defaults())
w = cp.ConfigParser(); w['s'] = {'path': '%(home)s/x', 'pct': '50%%'}; w['DEFAULT']['home'] = '/h'
buf = io.StringIO(); w.write(buf); print(repr(buf.getvalue())); print(w['s']['path'], w['s']['pct'])
print(w.getboolean('s', 'x', vars={'x': 'on'}), w.get('s', 'x', vars={'x': 5}, raw=True))
print(w.popitem()[0], w.sections(), list(w.values()), list(w.keys()))
t(lambda: w.popitem())
w.clear(); print(list(w))
v = cp.ConfigParser(); v.read_string('[a]\nx = 1\n[b]\ny=2'); print(list(v.values()), [dict(s) for s in v.values()])
v.update({'c': {'z': 3}}); print(v.sections(), v.get('c', 'z'))
print(v.setdefault('d', {'q': 1}) if False else '', 'c' in v.keys(), len(v.items()))
sp = v['a']; v.remove_section('a'); t(lambda: sp['x']); t(lambda: list(sp)); t(lambda: sp.get('x'))
print(v == v, v['b'] == v['b'], dict(v['b']) == {'y': '2'})
t(lambda: cp.ConfigParser(delimiters=('=',), comment_prefixes=('#',), inline_comment_prefixes=('#',)).read_string('[a]\nk = 1 # c\nj=#x\n#full\n'))
mm = cp.ConfigParser(delimiters=('=',), comment_prefixes=('#',), inline_comment_prefixes=('#',)); mm.read_string('[a]\nk = 1 # c\nj=#x\n  #full\nl: 5=6\n'); print(dict(mm['a']))
