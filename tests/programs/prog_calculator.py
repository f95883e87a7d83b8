# tokenizer + recursive-descent expression evaluator
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            text = s[i:j]
            tokens.append(('num', float(text) if '.' in text else int(text)))
            i = j
        elif ch in '+-*/()%^':
            tokens.append(('op', ch))
            i += 1
        else:
            raise SyntaxError(f'unexpected character {ch!r} at {i}')
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ('end', None)
    def take(self):
        t = self.peek()
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == 'op' and self.peek()[1] in '*/%':
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else v / r if op == '/' else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek() == ('op', '^'):
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            return -self.unary()
        kind, val = self.take()
        if kind == 'num':
            return val
        if (kind, val) == ('op', '('):
            v = self.expr()
            if self.take() != ('op', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError(f'unexpected token {val!r}')
def calc(s):
    try:
        p = Parser(tokenize(s))
        v = p.expr()
        if p.peek()[0] != 'end':
            raise SyntaxError('trailing input')
        return v
    except (SyntaxError, ZeroDivisionError) as e:
        return f'{type(e).__name__}: {e}'
for e in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ^ 2', '10 / 4', '7 % 3 + 0.5', '2 * (3 + 4) * 5',
          '1 / 0', '3 +', '4 $ 4', '((2))', '1.5 * 4', '2 ^ 100', '(1 + 2']:
    print(f'{e:<18} = {calc(e)}')
