# gettext: find/translation/install over a locale folder made here, the module-level
# functions (textdomain, bindtextdomain, dgettext, ...), languages from the environment,
# and the plural-expression reader c2py with its errors.
import builtins
import errno
import gettext
import os
import shutil
import struct
import tempfile


def build_mo(entries):
    keys = sorted(entries)
    count = len(keys)
    data_at = 28 + 16 * count
    blob = b''
    table = []
    for text in keys + [entries[k] for k in keys]:
        raw = text.encode('utf-8')
        table.append((len(raw), data_at + len(blob)))
        blob += raw + b'\0'
    out = struct.pack('<7I', 0x950412de, 0, count, 28, 28 + 8 * count, 0, data_at)
    for length, offset in table:
        out += struct.pack('<II', length, offset)
    return out + blob


HEAD = 'Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=n != 1;\n'
root = tempfile.mkdtemp()
catalogues = {
    ('de', 'app'): {'': HEAD, 'Hello': 'Hallo', 'day\0days': 'Tag\0Tage',
                    'greeting\x04Hi': 'Servus'},
    ('de_AT', 'app'): {'': HEAD, 'Hello': 'Gr\u00fc\u00df Gott'},
    ('fr', 'app'): {'': HEAD, 'Hello': 'Bonjour', 'Bye': 'Au revoir'},
    ('fr', 'other'): {'': HEAD, 'Hello': 'Salut'},
}
for (lang, domain), entries in catalogues.items():
    folder = os.path.join(root, lang, 'LC_MESSAGES')
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, domain + '.mo'), 'wb') as f:
        f.write(build_mo(entries))


def rel(path):
    if path is None:
        return None
    if isinstance(path, list):
        return [rel(p) for p in path]
    return os.path.relpath(path, root)


for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
    os.environ.pop(var, None)

print(rel(gettext.find('app', root, ['de'])))
print(rel(gettext.find('app', root, ['de_AT'])))
print(rel(gettext.find('app', root, ['de_AT'], all=True)))
print(rel(gettext.find('app', root, ['de_AT.UTF-8'], all=True)))
print(rel(gettext.find('app', root, ['it', 'fr'])))
print(rel(gettext.find('app', root, ['it'])), rel(gettext.find('app', root, ['it'], all=True)))
print(rel(gettext.find('app', root, ['C', 'fr'])), rel(gettext.find('nope', root, ['fr'])))
print(rel(gettext.find('app', root, ['fr', 'de'], all=True)))

# Languages from the environment: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG.
os.environ['LANG'] = 'de_DE.UTF-8'
print(rel(gettext.find('app', root)))
os.environ['LC_MESSAGES'] = 'fr_FR'
print(rel(gettext.find('app', root)))
os.environ['LANGUAGE'] = 'it:de_AT:fr'
print(rel(gettext.find('app', root, all=True)))
os.environ['LANGUAGE'] = 'C'
print(rel(gettext.find('app', root)))
for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
    os.environ.pop(var, None)
print(rel(gettext.find('app', root)))

# translation(): the first catalogue, the later ones as its fallbacks.
t = gettext.translation('app', root, ['de_AT', 'fr'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Bye'), t.gettext('Nothing'))
print(t.ngettext('day', 'days', 1), t.ngettext('day', 'days', 4), t.pgettext('greeting', 'Hi'))
t2 = gettext.translation('app', root, ['de_AT', 'fr'])
print(t2 is t, t2.gettext('Bye'))
t3 = gettext.translation('app', root, ['fr'])
print(t3.gettext('Hello'), t3._fallback)
try:
    gettext.translation('app', root, ['it'])
except FileNotFoundError as exc:
    print(type(exc).__name__, exc.errno == errno.ENOENT, exc.strerror, exc.filename)
    print(exc)
nt = gettext.translation('app', root, ['it'], fallback=True)
print(type(nt).__name__, nt.gettext('Hello'))


class Shouting(gettext.GNUTranslations):
    def gettext(self, message):
        return super().gettext(message).upper()


st = gettext.translation('app', root, ['fr'], class_=Shouting)
print(type(st).__name__, st.gettext('Hello'))
print(gettext.Catalog is gettext.translation)

# install() puts _ (and the names asked for) in builtins.
gettext.translation('app', root, ['fr']).install()
print(_('Hello'), _('Unknown'))
gettext.translation('app', root, ['de']).install(names=['ngettext', 'pgettext', 'bogus'])
print(_('Hello'), ngettext('day', 'days', 2), pgettext('greeting', 'Hi'),
      hasattr(builtins, 'bogus'), hasattr(builtins, 'npgettext'))
gettext.install('other', root)
print(_('Hello'))
os.environ['LANGUAGE'] = 'fr'
gettext.install('other', root)
print(_('Hello'))
del os.environ['LANGUAGE']

# Module-level functions with a text domain bound to the folder.
print(gettext.textdomain())
print(gettext.textdomain('app'), gettext.textdomain())
print(rel(gettext.bindtextdomain('app', root)), rel(gettext.bindtextdomain('app')))
print(os.path.basename(gettext.bindtextdomain('unbound')))
os.environ['LANGUAGE'] = 'de'
print(gettext.gettext('Hello'), gettext.ngettext('day', 'days', 3),
      gettext.pgettext('greeting', 'Hi'), gettext.npgettext('greeting', 'x', 'xs', 1))
print(gettext.dgettext('app', 'Hello'), gettext.dgettext('other', 'Hello'),
      gettext.dngettext('other', 'day', 'days', 1), gettext.dngettext('other', 'day', 'days', 2),
      gettext.dpgettext('other', 'c', 'm'), gettext.dnpgettext('other', 'c', 'm', 'ms', 5))
os.environ['LANGUAGE'] = 'fr'
print(gettext.gettext('Hello'), gettext.dgettext('other', 'Hello'))
gettext.bindtextdomain('other', root)
print(gettext.dgettext('other', 'Hello'))
del os.environ['LANGUAGE']
shutil.rmtree(root)

# c2py: C expressions, evaluated with C's precedence.
rules = [
    'n != 1', 'n>1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '!n', '!!n', 'n && 1 || 2',
    'n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', '(n)', '((((n))))', 'n / 2 * 2',
    '10 / 3 % 2', 'n - 1 - 1', 'n > 1 > 0', 'n <= 1 == 1', '1 ? 2 : 3 ? 4 : 5', '007 + n',
    'n\t!=\t1', 'n % 3 + n * 2', '(n == 1) + (n == 2) * 2',
    # Comparisons do not chain; '!' reads as Python's `not`, taking in what follows it.
    '1 == 2 < 3', '1 < 2 == 1', '3 > n > 1', '!n + 1', '(!n) + 1', '!n == 0 == 0',
    '!1 < 2 == 1', '! n > 1', '!n - 1 < 0', '!(n == 1) == 0', '!n || n', '1 ? !n + 1 : 5',
]
for rule in rules:
    f = gettext.c2py(rule)
    print(repr(rule), [f(n) for n in (0, 1, 2, 3, 5, 11, 21, 101)])
bad = ['n +', 'n ** 2', '(n', 'n)', 'x', 'n = 1', '', '-n', 'n++', 'nn', '12n', 'n1', '0x1',
       '( n ) ( n )', 'n n', '1 2', '?', 'n ? : 1', '\u00e9', 'n ;', 'n\n', 'n ? 1',
       '(' * 21 + 'n' + ')' * 21, 'n' + ' ' * 1000, 'import os', '__import__("os")',
       'n | 1', 'n & 1', 'n == 1 ? 0 : 1 )', '"', '(1:', '(n !', '!(2 ? 1']
for rule in bad:
    try:
        gettext.c2py(rule)
    except ValueError as exc:
        print(repr(rule[:30]), 'ValueError', exc)
    else:
        print(repr(rule[:30]), 'accepted')
print([gettext.c2py('(' * 20 + 'n' + ')' * 20)(n) for n in (3, 4)])
for rule in ('2 * !n', 'n == !n', '1 - !n', '(n ? 1 : 0) + !n'):
    try:
        gettext.c2py(rule)
    except SyntaxError:
        print(repr(rule), 'SyntaxError')
print(gettext.c2py('!' * 40 + 'n')(5), gettext.c2py('n?' * 12 + '1' + ':2' * 12)(0))
for rule in ('1/0', 'n % 0'):
    try:
        gettext.c2py(rule)(1)
    except ZeroDivisionError as exc:
        print(rule, 'ZeroDivisionError', exc)
f = gettext.c2py('n != 1')
for value in ('1', None, [1], 1j):
    try:
        f(value)
    except TypeError as exc:
        print('TypeError', exc)
print(f(True), f(False), f(10 ** 30))
print(sorted(gettext.__all__))
