import html
import html.entities

print(html.__all__)
print(html.escape('<a href="x">\'&</a>'), html.escape('<"\'>', quote=False), repr(html.escape('')))
print(html.escape('&amp; already'), html.escape('plain text'))
cases = ['&amp;', '&amp', '&ampx', '&amp;x', '&notit;', '&notin;', '&noti', '&not', '&xyz;',
         '&xyz', '&', '&;', '&#;', '&#', '&#x;', '&#x41', '&#65abc', '&#X41;', '&#0065;', '&AMP',
         '&AMP;', '&Amp;', 'a & b', '&lt&gt', '&#x1F600;', '&' + 'a' * 40 + ';', '&nbsp;&nbsp',
         '&frac12;', '&NotEqualTilde;', '&#9;', '&#x0;', '& amp;', '&\tamp;', '&am', '&a',
         '&bne;', '&acE;', '&#1114112;', '&#x110000;', '&#99999999999999999999;', '&#xd800;',
         '&#xDFFF;', '&quot&apos;', '&#38;#38;', 'no refs', '&#128;', '&#x81;', '&#150;',
         '&#159;', '&#1;', '&#11;', '&#13;', '&#127;', '&#xfdd0;', '&#xFFFE;', '&#x10FFFF;',
         '&#x1FFFF;', '&#xFFFD;', '&copy2026', '&copy;2026', '&amp-x', '&lt€', '&eacute;t&eacute;',
         '&#x3c;script&#x3E;', '&Aring;&aring', '&ThinSpace;', '&', '&&amp;&']
for s in cases:
    print(repr(s), repr(html.unescape(s)))
for s in ['<p class="x">O\'Neil & Sons</p>', 'tab\tand\nnewline', '"&<>\'' * 3]:
    print(html.unescape(html.escape(s)) == s)
for bad in [None, 5, b'&amp;']:
    for f in (html.escape, html.unescape):
        try:
            f(bad)
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__)
print(len(html.entities.html5), len(html.entities.name2codepoint),
      len(html.entities.codepoint2name), len(html.entities.entitydefs))
print(html.entities.html5['amp;'], html.entities.html5['gt'], html.entities.name2codepoint['euro'],
      html.entities.codepoint2name[0xe9], html.entities.entitydefs['lt'], sorted(html.entities.__all__))
print(sorted(k for k in html.entities.html5 if not k.endswith(';'))[:20])
print(sum(map(len, html.entities.html5.values())), sum(html.entities.name2codepoint.values()))
