import reprlib


class Node:
    def __init__(self, *items):
        self.items = list(items)

    @reprlib.recursive_repr('<rec>')
    def __repr__(self):
        return 'Node(' + ', '.join(repr(x) for x in self.items) + ')'


n = Node(1)
n.items.append(n)
m = Node(n)
print(repr(n), repr(m))




class Pair:
    def __init__(self):
        self.other = self

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Pair(%r)' % (self.other,)


print(repr(Pair()))
