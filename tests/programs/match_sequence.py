# sequence patterns
def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [0, *rest]:
            return f'starts with 0, rest {rest}'
        case [first, *middle, last]:
            return f'first {first}, middle {middle}, last {last}'
for s in ([], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], 'ab', range(3)):
    print(repr(s), '->', shape(s))
def nested(p):
    match p:
        case [(x, y), (x2, y2)]:
            return f'segment ({x},{y})-({x2},{y2})'
        case [[a, b], *_]:
            return f'pair first {a} {b}'
        case (str() as s, int() as n):
            return f'str {s} and int {n}'
        case _:
            return 'no match'
print(nested([(0, 0), (3, 4)]))
print(nested([[1, 2], 3, 4]))
print(nested(('k', 5)))
print(nested(('k', 'v')))
print(nested('xy'))
def cmd(c):
    match c.split():
        case ['go', direction]:
            return 'going ' + direction
        case ['pick', 'up', item] | ['take', item]:
            return 'taking ' + item
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *args]:
            return f'unknown {verb} {args}'
        case []:
            return 'nothing'
for c in ['go north', 'pick up lamp', 'take key', 'quit', 'exit', 'dance wildly now', '']:
    print(repr(c), cmd(c))
