# gettext: GNUTranslations reads .mo files built here with struct (both byte orders):
# messages, plural forms from the header's Plural-Forms, contexts, header info, fallbacks.
import gettext
import io
import struct


def build_mo(entries, order='<', magic=0x950412de, version=0):
    """The bytes of a .mo file holding `entries` (msgid -> msgstr, both str)."""
    keys = sorted(entries)
    count = len(keys)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    blob = b''
    originals = []
    translations = []
    for key in keys:
        raw = key.encode('utf-8')
        originals.append((len(raw), data_at + len(blob)))
        blob += raw + b'\0'
    for key in keys:
        raw = entries[key].encode('utf-8')
        translations.append((len(raw), data_at + len(blob)))
        blob += raw + b'\0'
    out = struct.pack(order + 'I6I', magic, version, count, originals_at, translations_at,
                      0, data_at)
    for length, offset in originals + translations:
        out += struct.pack(order + 'II', length, offset)
    return out + blob


HEADER = ('Project-Id-Version: demo 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : '
          'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n'
          'X-Note: first line\n  second line\n')
ENTRIES = {
    '': HEADER,
    'hello': 'witaj',
    'caf\u00e9': 'kawiarnia \u2615',
    'file\0files': 'plik\0pliki\0plik\u00f3w',
    'menu\x04open': 'otw\u00f3rz',
    'menu\x04item\0items': 'pozycja\0pozycje\0pozycji',
}

for order in '<>':
    data = build_mo(ENTRIES, order)
    t = gettext.GNUTranslations(io.BytesIO(data))
    print('byte order', order, data[:4].hex())
    print(' ', t.gettext('hello'), t.gettext('caf\u00e9'), t.gettext('missing'))
    print(' ', [t.ngettext('file', 'files', n) for n in (0, 1, 2, 5, 11, 21, 22, 112)])
    print(' ', t.ngettext('cat', 'cats', 1), t.ngettext('cat', 'cats', 3))
    print(' ', t.pgettext('menu', 'open'), t.pgettext('other', 'open'), t.gettext('open'))
    print(' ', [t.npgettext('menu', 'item', 'items', n) for n in (1, 3, 5)],
          t.npgettext('x', 'item', 'items', 1), t.npgettext('x', 'item', 'items', 2))
    print(' ', t.gettext('file'), t.pgettext('menu', 'item'))
    print(' ', t.charset(), sorted(t.info().items()))
    print(' ', [t.plural(n) for n in range(6)])

# A header without Plural-Forms: the germanic rule (n != 1), and the charset it names.
t = gettext.GNUTranslations(io.BytesIO(build_mo({
    '': 'Content-Type: text/plain; charset=UTF-8\nLast-Translator: Jos\u00e9\n',
    'one\0many': 'un\0plusieurs'})))
print([t.ngettext('one', 'many', n) for n in range(3)], t.plural(7), t.info()['last-translator'])
# No header at all: no info, no charset.
t = gettext.GNUTranslations(io.BytesIO(build_mo({'yes': 'ja'})))
print(t.info(), t.charset(), t.gettext('yes'))

# Header lines: keys are lower-cased, continuation lines join the previous value.
t = gettext.GNUTranslations(io.BytesIO(build_mo({
    '': 'no colon before any key\nKey: value: with colon\n  Spaced  :  v  \n'
        'more of spaced\n:empty key\nnot appended\n'})))
print(sorted(t.info().items()))

# Fallbacks: a chain is searched in order.
first = gettext.GNUTranslations(io.BytesIO(build_mo({'a': 'A1'})))
second = gettext.GNUTranslations(io.BytesIO(build_mo({'a': 'A2', 'b': 'B2',
                                                      'x\0xs': 'X2\0XS2'})))
third = gettext.NullTranslations()
first.add_fallback(second)
first.add_fallback(third)
print(first._fallback is second, second._fallback is third)
print(first.gettext('a'), first.gettext('b'), first.gettext('c'),
      first.ngettext('x', 'xs', 1), first.ngettext('x', 'xs', 2), first.ngettext('y', 'ys', 2))

# NullTranslations.
n = gettext.NullTranslations()
print(n.gettext('m'), n.ngettext('m', 'ms', 1), n.ngettext('m', 'ms', 0), n.pgettext('c', 'm'),
      n.npgettext('c', 'm', 'ms', 1), n.npgettext('c', 'm', 'ms', 2), n.info(), n.charset())
n2 = gettext.NullTranslations(io.BytesIO(b'anything'))
print(n2.gettext('m'))


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


n.add_fallback(Upper())
print(n.gettext('shout'), n.ngettext('m', 'ms', 2))

# Plural values must be integers.
t = gettext.GNUTranslations(io.BytesIO(build_mo(ENTRIES)))
for bad in ('3', None, 2.5j):
    try:
        t.ngettext('file', 'files', bad)
    except TypeError as exc:
        print('TypeError', exc)
print(gettext.NullTranslations().ngettext('m', 'ms', 'x'))

# Broken files.
good = build_mo({'k': 'v'})
cases = [
    ('bad magic', build_mo({'k': 'v'}, magic=0x12345678)),
    ('bad version', build_mo({'k': 'v'}, version=2 << 16)),
    ('minor version', build_mo({'k': 'v'}, version=(1 << 16) | 7)),
    ('truncated', good[:-3]),
    ('empty', b''),
    ('short table', good[:30]),
]
for label, data in cases:
    try:
        t = gettext.GNUTranslations(io.BytesIO(data))
    except OSError as exc:
        print(label, '->', type(exc).__name__, exc.errno, exc.strerror, repr(exc.filename))
    except struct.error as exc:
        print(label, '-> struct.error', exc)
    else:
        print(label, '-> ok', t.gettext('k'))


class Named(io.BytesIO):
    name = 'broken.mo'


try:
    gettext.GNUTranslations(Named(b'\0\0\0\0' + good[4:]))
except OSError as exc:
    print(exc)

# Undecodable text in a catalogue without a charset.
try:
    gettext.GNUTranslations(io.BytesIO(build_mo({'k': 'caf\u00e9'})))
except UnicodeDecodeError as exc:
    print('UnicodeDecodeError', exc)
# Bad Plural-Forms headers.
for forms in ('nplurals=2; plural=n > 1 ? x : 0;', 'nplurals=2', 'plural=n%3;nplurals=3',
              'nplurals=2; plural=n>1;', 'nplurals=2;plural=(n>1'):
    try:
        t = gettext.GNUTranslations(io.BytesIO(build_mo({'': 'Plural-Forms: ' + forms + '\n'})))
    except (ValueError, IndexError) as exc:
        print(repr(forms), type(exc).__name__, exc)
    else:
        print(repr(forms), [t.plural(n) for n in range(3)])
print(gettext.GNUTranslations.LE_MAGIC, gettext.GNUTranslations.BE_MAGIC,
      gettext.GNUTranslations.VERSIONS, repr(gettext.GNUTranslations.CONTEXT))
