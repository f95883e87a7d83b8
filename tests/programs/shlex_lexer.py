# shlex: the lexer in both modes with comments, quotes, escapes, punctuation_chars, push_source and error_leader.
import shlex
def toks(src, **k):
    l=shlex.shlex(src, posix=k.pop('posix',False), punctuation_chars=k.pop('pc',False))
    for a,b in k.items(): setattr(l,a,b)
    out=[]
    while True:
        t=l.get_token(); out.append((t,l.lineno))
        if t==l.eof: break
    return out
print(toks('a#b\nc d'))
print(toks('a#b\nc d', posix=True))
print(toks('a"b" c'), toks('a"b"c d', posix=True))
print(toks('a;b  x=1 # c\n\n y', posix=True))
print(toks('a\\\nb "x\ny" z'), toks('a\\\nb "x\ny" z', posix=True))
print(toks('"" \'\' a', posix=True), toks('"" \'\' a'))
print(toks('a && b|c >> d; (e) ~/x.y', pc=True), toks('a && b|c >> d; (e) ~/x.y', pc=True, posix=True, whitespace_split=True))
print(toks('a&&b', pc=True, whitespace_split=True), toks('a"&&"b ;', pc=True, posix=True))
print(toks('a "b\\"c" \'d\\\'', posix=True))
print(toks('x(y)#c\nz;w', pc="();", posix=True), toks('a \\"b"c"\\d', posix=True, whitespace_split=True))
l = shlex.shlex('a b'); print(l.error_leader(), l.error_leader('f', 3), list(l), l.state, l.get_token()=='' , l.state)
l = shlex.shlex('a b'); l.push_source('x y'); print(list(l))
print(shlex.join([]), shlex.quote('a\x00'), list(shlex.shlex('k=v', posix=True)))
print(toks('x)#c\n;y', pc=True), toks('x)#c\n;y', pc=True, posix=True), toks('x) #c\n;y', pc=True))
