# case conversion
for s in ['hello world', 'HELLO World', "they're bill's", 'a1b2 c3', 'mIxEd CaSe', '', '123', 'éCOLE ñandú']:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print('hello-world_foo bar'.title(), 'x'.capitalize(), 'ABC'.capitalize())
print('ﬁ'.upper(), 'ß'.swapcase())
print('Hello'.casefold(), 'STRASSE'.casefold() == 'strasse')
