# match with literals, capture, wildcard
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'true!'
        case None:
            return 'none'
        case -1:
            return 'minus one'
        case 2.5:
            return 'two and a half'
        case _:
            return 'other: ' + repr(x)
for v in (0, 2, 'hello', True, None, -1, 2.5, 99, 'bye', 1.0, False):
    print(repr(v), describe(v))
def capture(x):
    match x:
        case 'stop':
            return 'stopping'
        case other:
            return 'captured ' + str(other)
print(capture('stop'), capture(42))
code = 404
match code:
    case 200:
        print('ok')
    case 404:
        print('not found')
match 'unmatched':
    case 'a':
        print('a')
print('after no-match')
