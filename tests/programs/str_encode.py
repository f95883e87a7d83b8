# str.encode -> bytes and back
s = 'Hello, wörld! 日本'
b = s.encode('utf-8')
print(b)
print(type(b).__name__, len(s), len(b))
print(b.decode('utf-8') == s, b.decode() == s)
print('abc'.encode(), 'abc'.encode('ascii'), ''.encode())
print(list('é'.encode()), list('€'.encode('utf-8')), list('𝄞'.encode()))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
print(b'\xffabc'.decode('utf-8', 'replace'), b'\xffabc'.decode('utf-8', 'ignore'))
print('é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
