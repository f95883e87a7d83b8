# shlex: split in POSIX and non-POSIX modes with and without comments, quote, join, the lexer.
import io
import shlex

CASES = ['a#b c', 'a #b c', 'x "a#b" c', "it's", 'a\\ b', '"a\\"b\\\\c\\d"', "'a\\b'", 'a"b c"d',
         '  ', '', 'a\\', '"abc', "'abc", 'a\nb\tc', '\\#x y', 'echo "hello world" \'single q\' x\\"y',
         'ls -l | grep "*.py" > out.txt', 'a b # comment\nc d', 'é ü-ß x', '"a""b"', "''", '""',
         'pre"mid"post', '"\\$HOME" \'\\n\'']
for s in CASES:
    for comments in (False, True):
        for posix in (True, False):
            try:
                print(repr(s), comments, posix, shlex.split(s, comments=comments, posix=posix))
            except ValueError as e:
                print(repr(s), comments, posix, "ValueError", e)
for s in ["", "abc", "a b", "it's", "é", "$x", "a@b%c+d=e:f,g./h-i_j", "tab\there", "new\nline"]:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(["a", "b c", "$x", "", "it's"]))
for bad in [5, b"x", None]:
    try:
        shlex.quote(bad)
    except TypeError as e:
        print("TypeError", e)
lex = shlex.shlex("a = b + 'c d' # note\nnext_line 12")
print(list(lex), lex.lineno)
lex = shlex.shlex(io.StringIO("x=1; y='two'"), posix=True)
print([lex.get_token() for _ in range(7)])
lex = shlex.shlex("one two")
tok = lex.get_token()
lex.push_token("zero")
print(tok, lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("a,b;c", posix=True)
lex.whitespace_split = True
lex.whitespace += ",;"
print(list(lex))
