import string
from string import Template
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords('x  y', ' '))
t = Template('$who likes ${what} $$5 $x')
print(t.substitute(who='tim', what='kung pao', x=1))
print(t.substitute({'who': 'a', 'what': 'b'}, x=2, who='kw'))
print(t.safe_substitute(who='tim'))
try: t.substitute(who='tim')
except KeyError as e: print('KeyError', e)
for bad in ['$', 'a\n  $ b', '${a', '$1']:
    try: Template(bad).substitute(a=1)
    except ValueError as e: print('ValueError', e)
    print(Template(bad).safe_substitute(a=1), Template(bad).is_valid())
print(Template('$a $b ${a} $$c').get_identifiers(), Template('$a $').is_valid())
class D(Template):
    delimiter = '%'
print(D('%who %% %{x}').substitute(who=1, x=2))
class I(Template):
    idpattern = r'[a-z]+_[a-z]+'
print(I('$aa_bb $cc').safe_substitute(aa_bb=1))
class P(Template):
    pattern = r'''\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'''
print(P('#a ## #{b}').substitute(a=1, b=2), type(Template.pattern).__name__, P.pattern.pattern[:5])
class B(Template):
    braceidpattern = r'[^}]+'
print(B('${a b} $c').substitute({'a b': 1, 'c': 2}))
print(t.template, Template.delimiter, Template.flags == __import__('re').IGNORECASE)
