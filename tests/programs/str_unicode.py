# Unicode strings
s = 'héllo'
print(s, len(s), s.upper(), s[1], s[::-1])
j = '日本語テキスト'
print(j, len(j), j[0], j[-1], j[2:4], j.find('テ'))
e = 'naïve café'
print(e.title(), e.split(), e.encode('utf-8'), len(e.encode('utf-8')))
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower() == 'i̇', len('İ'.lower()))
print('Straße'.lower(), 'Straße'.upper())
print(ord('é'), ord('日'), ord('😀'), chr(233), chr(26085), chr(128512))
print(repr('é'), repr('日本'), ascii('é'), ascii('日本'), ascii('😀'))
print('😀'.encode('utf-8'), len('😀'), len('😀'.encode()))
print('Ωmega'.isalpha(), '日本'.isalpha(), '٣'.isdigit(), '٣'.isdecimal(), int('٣'))
print('ÀÉÎ'.lower(), 'àéî'.upper(), 'éa' < 'eb', 'é' > 'z')
print(sorted(['b', 'é', 'a', 'Z', '日']))
words = ['über', 'apple', 'Éclair', 'zebra']
print(sorted(words), sorted(words, key=str.lower))
print('x'.join('日本'), '日本' * 3, '本' in '日本', 'héllo'.replace('é', 'e'))
print('{:^9}'.format('日本'), '|' + 'é'.center(5, '*') + '|')
print(b'caf\xc3\xa9'.decode('utf-8'), 'é'.encode('utf-8').hex())
for ch in 'aé日':
    print(ch, ord(ch), hex(ord(ch)), ch.encode('utf-8'))
print('\u00e9' == 'é', '\N{GREEK SMALL LETTER ALPHA}', '\U0001F600' == '😀')
