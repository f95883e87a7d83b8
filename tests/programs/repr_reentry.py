import reprlib
class Node:
    def __init__(self):
        self.items = [self]
    @reprlib.recursive_repr('<rec>')
    def __repr__(self):
        return 'Node(%s)' % repr(self.items[0])
print(repr(Node()))
class Bad:
    def __repr__(self):
        return repr(self)
try:
    repr(Bad())
except RecursionError as e:
    print("RecursionError")
class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self)
l = L([1]); l.append(l)
print(repr(l))
