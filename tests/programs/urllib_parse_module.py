import urllib.parse
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl, SplitResult,
                          ParseResult, DefragResult, SplitResultBytes, ParseResultBytes)

print(urllib.parse.__all__)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except (ValueError, TypeError, AttributeError) as e:
        print(f.__name__, args, type(e).__name__, e)
        return
    print(f.__name__, args, kw or '', repr(r))
    if hasattr(r, '_fields'):
        fields = []
        for name in ('hostname', 'port', 'username', 'password'):
            try:
                fields.append(getattr(r, name, '-'))
            except ValueError as e:
                fields.append('ValueError: %s' % e)
        print('   ', fields, repr(r.geturl()))


urls = ['http://user:pw@Host.COM:8080/p/a;x=1?q=1&r=2#frag', 'https://[::1]:443/x', 'http://[::1',
        'ftp://h/', '//netloc/path', 'path/only', 'mailto:joe@x.com', 'HTTP://X/Y',
        'file:///etc/passwd', 'a:b', 'c:\\x', '1http://x', 'http:path', 'http://x?#',
        'http://x:port', 'http://x:', 'http://x:99999', 'http://@x', 'http://:@x', 'http://u@x:0/',
        'urn:isbn:0451450523', '/path;params?q#f', 'http://x/;p', 'http://a/b;c;d', ' http://x ',
        'http://x\ty', 'http://x/a\nb', 'http://[v1.fe]/', 'http://[::1]x/', '', 'http://x#a#b',
        'svn+ssh://h/p', 'http://x:-1', 'http://x:+80', 'http://x:0080', 'http://[xyz]/',
        'http://[1.2.3.4]/', 'http://[FE80::1%25ETH0]:8/', 'http://[::1]:x/', 'http://a]b/',
        'http://U:P@[::1]:80', 'path:80', 'http://x/p?q=a:b', 'h://x@y@z/', 'http://x:80:90/',
        'HtTp://A:B@C.D', '\x00 http://a', 'ht\ttp://a', 'http://[v1]/', 'http://[::ffff:1.2.3.4]/',
        'http://[1::2::3]/', 'http://[fe80::1%eth0]/', 'http://[1:2:3:4:5:6:7:8:9]/',
        'http://[00001::]/', 'tel:+1-555;ext=2', 'sip:alice@x;transport=tcp']
for u in urls:
    show(urlparse, u)
    show(urlsplit, u)
show(urlsplit, 'http://x/p?q#f', allow_fragments=False)
show(urlparse, 'p#f', 'https', False)
show(urlsplit, '//x/y', 'ftp')
show(urlsplit, 'http://x', 'ftp')
show(urlsplit, b'http://u:p@x:80/p?q#f')
show(urlparse, b'http://x/;p')
show(urlsplit, b'//1a:b')
show(urlsplit, 'http://x', b'http')
show(urlsplit, b'http://\xc3\xa9/')
show(urlsplit, None)

comps = [('http', '', '', '', ''), ('http', '', 'p', '', ''), ('http', '', '//p', '', ''),
         ('', '', '//p', '', ''), ('mailto', '', 'a@b', 'q', 'f'), ('', 'h', 'p', '', ''),
         ('', '', 'p', 'q=', ''), ('x', '', '', '', ''), ('http', 'h', '', '', ''),
         ('file', '', '/etc', '', ''), ('', '', '', '', 'f'), (b'http', b'h', b'/p', b'', b'f')]
for c in comps:
    show(urlunsplit, c)
show(urlunparse, ('http', 'h', '/p', 'a;b', 'q', 'f'))
show(urlunparse, ('', '', 'p', 'x', '', ''))
show(urlunsplit, ('a', 'b', 'c'))
show(urlunparse, ('a', 'b', 'c', 'd'))
show(urlunsplit, ('http', b'h', '', '', ''))

r = urlsplit('http://x/p?q#f')
print(r.geturl(), r._replace(scheme='https').geturl(), r.encode(), r.encode().decode(),
      r._fields, r.scheme, r[1], len(r), isinstance(r, tuple))
print(urlparse('http://x/p').encode('ascii'), ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl())
print(SplitResult('http', 'X:1', '/', '', '').port, SplitResultBytes(b'http', b'X:1', b'/', b'', b'').hostname)
print(type(urlsplit(b'x').decode()).__name__, ParseResultBytes._fields)
show(urldefrag, 'http://x/p;a?q#frag')
show(urldefrag, 'http://x/p')
show(urldefrag, b'a#b')
print(urldefrag('http://x/p#frag').geturl(), DefragResult('u', '').geturl())

base = 'http://a/b/c/d;p?q'
refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
        'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
        '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
        './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
        'g#s/./x', 'g#s/../x', 'http:g', 'https:g', 'c//d/./e', '/c//d/..']
for ref in refs:
    print(repr(ref), urljoin(base, ref), urljoin(base, ref, allow_fragments=False))
for b, u in [('', 'x'), ('http://x', ''), ('http://x', 'c'), ('http://x/a//b/', 'c'),
             ('mailto:a@b', 'c'), ('http://x/a', 'ftp://y/b'), ('http://x/a', '//y'),
             (b'http://x/a/b', b'../c'), ('svn+ssh://h/a/b', 'c'), ('foo:a/b', 'c')]:
    show(urljoin, b, u)
show(urljoin, 'http://x', b'y')

for s in ['abc', 'a b&c/d?e=f', 'é€😀', '~_.-', '', '%', 'a+b', '\x00\x7f']:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe='&='), quote_plus(s),
          quote_plus(s, safe='/'), quote(s, encoding='latin-1', errors='replace'))
print(quote(b'a b\xff'), quote_plus(b'a b'), quote_from_bytes(b'/x y'), quote('é', safe='é'),
      quote('a/b', safe=b'/'), quote_plus('a b', safe=b'/'), quote_from_bytes(b'ab', safe=b'\xffa'))
for args, kw in [((None,), {}), ((5,), {}), ((b'x',), {'encoding': 'utf-8'}),
                 ((b'x',), {'errors': 'strict'}), (('é',), {'encoding': 'ascii'})]:
    try:
        quote(*args, **kw)
    except (TypeError, UnicodeError) as e:
        print('quote', type(e).__name__, e)
try:
    quote_from_bytes('x')
except TypeError as e:
    print('quote_from_bytes', e)

for s in ['abc', '%41%42', '%e2%82%ac', '%E2%82', '%zz%4', 'a+b%20c', '%', '%%41', 'é%C3%A9',
          '%C3a%A9', '', '%ff%fe', b'%41%ff' if False else 'x']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s),
          repr(unquote(s, encoding='latin-1')), repr(unquote(s, errors='ignore')))
print(unquote(b'%41%e2%82%ac'), unquote_to_bytes(b'%41+'), unquote_to_bytes(''))
for f, a in [(unquote, None), (unquote, 5), (unquote_to_bytes, None), (unquote_to_bytes, 5),
             (unquote_plus, None)]:
    show(f, a)
try:
    unquote('%ff', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)

for qs in ['a=1&b=2&a=3', 'a=1;b=2', 'a&b=&=c&d=4&&', 'x=%41+%20&y=a%2Bb', 'k=v=w', '', '&&',
           'a=%ff', 'é=ü']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs),
          parse_qs(qs, True))
    try:
        print('   strict', parse_qsl(qs, strict_parsing=True))
    except ValueError as e:
        print('   strict ValueError', e)
print(parse_qsl(b'a=1&b=%41'), parse_qs(b'a=1&a=2'), parse_qsl(None))
print(parse_qsl('a=1;b=2&c=3', separator=';'), parse_qsl('a=%e9', encoding='latin-1'))
for kw in [dict(max_num_fields=1), dict(max_num_fields=2), dict(separator=''),
           dict(separator=None), dict(separator=5)]:
    try:
        print(parse_qsl('a=1&b=2', **kw))
    except (ValueError, AttributeError) as e:
        print(kw, type(e).__name__, e)
try:
    parse_qsl(5)
except AttributeError as e:
    print('AttributeError', e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&=', 'd': b'\xff'}))
print(urlencode([('a', [1, 2]), ('b', (3,)), ('c', 'xy')]), urlencode([('a', [1, 2])], doseq=True))
print(urlencode({'a': 'xy', 'b': b'z', 'c': 5, 'd': []}, doseq=True), urlencode([]), urlencode({}))
print(urlencode({'p': '/x y'}, safe='/'), urlencode({'p': '/x y'}, quote_via=quote),
      urlencode({'e': 'é'}, encoding='latin-1'), urlencode({b'k': 'v'}))
for bad in ['abc', [1], 5, [('a',)]]:
    try:
        print(urlencode(bad))
    except (TypeError, ValueError) as e:
        print('urlencode', type(e).__name__, e)
print(urllib.parse.uses_netloc[:5], urllib.parse.scheme_chars[-5:])
