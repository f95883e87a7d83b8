import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.__all__)
for w in ['if', 'If', 'match', 'case', '_', 'print', 'None', 'async', '', 'yield', 'type']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
try:
    keyword.iskeyword()
except TypeError as e:
    print('TypeError')
