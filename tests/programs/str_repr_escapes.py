# repr of strings chooses quotes and escapes
vals = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\tnewline\ncr\r', 'back\\slash',
        '\x00\x01\x1f\x7f', '\x80\xa0\xff', 'é日', '\u200b', '\U0001F600', 'end', '']
for v in vals:
    print(repr(v))
print(str(['a', "b'c", 'd"e']))
print(repr('\a\b\f\v'))
print(ascii('\x80é\u200b😀'))
print(len(repr('\n')), repr(repr('x')))
