# fnmatch.translate over bracket edge cases: ranges, empty ranges, set-operation characters.
import fnmatch
pats = ['[a-c-e]', '[--z]', '[a--]', '[!]', '[!]]', '[]-a]', '[\\]', '[a\\-z]', '[^a]', '[!^a]',
        '[&&b]', '[a~~b]', '[a||b]', '[[a]', '[!!]', '[z-a-c]', '[c-az-b]', '[!z-a]', '[a-a]',
        'a**b*c***d', '***', '*a', '[a-z-]', '[a-]-z]', '[]', '[!', '[a-b', 'a[]]b', '[a]b]',
        '[a&b]', '[a[b]', '[&-z]', '[a-&]', '[!&]', '[![]', '[]&]', '[^]', '[!^]', '[?]', '[*]',
        'a?*', '?*?', '*?', '[a]*[b]*', 'a b#c', '']
for p in pats:
    print(repr(p), fnmatch.translate(p))
names = ['-', 'c', '^', 'a', ']', '&', '\\', 'b', 'z', '!', '[', 'ab', 'xyz']
for p in pats:
    print(repr(p), fnmatch.filter(names, p))
print(fnmatch.filter([b'a.py', b'b.c'], b'*.py'), fnmatch.translate('a/b*'))
