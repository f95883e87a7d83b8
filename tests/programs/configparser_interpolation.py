# configparser: BasicInterpolation, ExtendedInterpolation, interpolation=None, vars, before_set checks.
import configparser as cp, io, sys
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
c = cp.ConfigParser(defaults={'home': '/h', 'Dflt': 5, 'pct': '100%%'})
c.read_string('''
[paths]
base = %(home)s/base
deep = %(base)s/deep
loop1 = %(loop2)s
loop2 = %(loop1)s
missing = %(nope)s/x
bad = 50%
bad2 = %(name
bad3 = %z
pct2 = %(pct)s and %%
chain = %(missing)s
Up = %(HOME)s
[other]
x = %(base)s
''')
for o in ['base','deep','loop1','missing','bad','bad2','bad3','pct2','chain','up','pct', 'dflt']:
    t(lambda: c.get('paths', o))
t(lambda: c.get('other', 'x'))
t(lambda: c.get('other', 'x', vars={'base': 'V%(home)s', 'N': 3}))
t(lambda: c.get('other', 'n', vars={'base': 'V%(home)s', 'N': 3}))
t(lambda: c.get('other', 'zz', vars={'zz': '%(qq)s'}))
t(lambda: c.items('paths', raw=True))
t(lambda: c.items('other', vars={'base':'B', 'extra': 'E'}))
t(lambda: c.items('nosec'))
t(lambda: c.items('DEFAULT'))
t(lambda: c.options('paths'))
t(lambda: c.options('DEFAULT'))
t(lambda: c.set('paths', 'new', '5%'))
t(lambda: c.set('paths', 'new', '5%%%(x)s%(y'))
t(lambda: c.set('paths', 'new', '5%%%(x)s%(y)s'))
t(lambda: c.set('paths', 'new', 5))
t(lambda: c.set('paths', 5, '5'))
t(lambda: c.add_section(5))
t(lambda: c.add_section('DEFAULT'))
t(lambda: c.add_section('paths'))
t(lambda: c.set('nosec', 'a', 'b'))
t(lambda: c.set('', 'a', 'b'))
t(lambda: c.get('', 'a'))
t(lambda: c.set('paths', 'nv', None))
r = cp.RawConfigParser(); r.add_section('s'); 
t(lambda: r.set('s', 'n', 5)); t(lambda: r.get('s','n')); t(lambda: r.add_section(5)); print(r.sections())
t(lambda: r.set('s', 'p', '%(x)s')); t(lambda: r.get('s','p'))
e = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
e.read_string('''
[DEFAULT]
home = /h
[a]
x = ${home}/x
y = ${x}/y
z = ${b:q}
w = ${b:r}
m = ${nope}
n = ${b:nope}
o = ${nosec:x}
p = $$ and $
q = ${a:b:c}
r = ${unterminated
s = $x
Up = ${HOME}
loop = ${loop}
[b]
q = ${home}/q
r = ${x}
''')
for o in 'x y z w m n o p q r s up loop'.split():
    t(lambda: e.get('a', o))
t(lambda: e.set('a', 'k', '$x')); t(lambda: e.set('a', 'k', '$${a}${b:c}')); t(lambda: e.set('a', 'k', '${a}$'))
n = cp.ConfigParser(interpolation=None); n.read_string('[a]\nx=%(y)s\ny=1'); t(lambda: n.get('a','x'))
t(lambda: cp.ConfigParser(interpolation=5))
t(lambda: cp.ConfigParser(defaults={'a': '%(bad'}).defaults())
