# __repr__ vs __str__
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<>'
class OnlyStr:
    def __str__(self):
        return 'only str'
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r))
print([b, r], (b,), {'k': b})
print(f'{b} {b!r} {r}', '%s %r' % (b, b), '{} {!r}'.format(b, r))
print(repr(s).startswith('<__main__.OnlyStr object at '))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f'Node({self.v!r}, {self.nxt!r})'
print(Node(1, Node('two', Node(3.0))))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(str):
    pass
print(repr(Sub('x')), str(Sub('y')), type(Sub('z')).__name__)
