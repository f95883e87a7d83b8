# Generated corpus: the shlex lexer (not split) with punctuation_chars, whitespace_split and both modes.
import random, shlex
r = random.Random(11)
CH = ['a', 'b', ' ', '"', "'", '\\', '#', '\n', '(', ')', ';', '|', '&', '>', '=', '.', '-', 'é', '1']
for i in range(1500):
    s = "".join(r.choice(CH) for _ in range(r.randint(0, 12)))
    pc = r.choice([False, True, "|&"])
    posix = r.random() < 0.5
    ws = r.random() < 0.4
    lex = shlex.shlex(s, posix=posix, punctuation_chars=pc)
    lex.whitespace_split = ws
    if r.random() < 0.3:
        lex.commenters = ""
    out = []
    try:
        while True:
            t = lex.get_token()
            out.append((t, lex.lineno))
            if t == lex.eof or len(out) > 40:
                break
        res = repr(out)
    except ValueError as e:
        res = "ValueError: %s" % e
    print(repr(s), pc, posix, ws, res)
