# OR patterns, guards, as-binding
def grade(score):
    match score:
        case int(s) | float(s) if s >= 90:
            return 'A'
        case int(s) | float(s) if s >= 80:
            return 'B'
        case int(s) if s < 0:
            return 'invalid'
        case int() | float():
            return 'C or below'
        case _:
            return 'not a number'
for s in (95, 85.5, 70, -3, '90'):
    print(s, grade(s))
def parse(token):
    match token:
        case ('+' | '-' | '*' | '/') as op:
            return f'operator {op}'
        case ('(' | ')') as paren:
            return f'paren {paren}'
        case str() as word if word.isdigit():
            return f'number {int(word)}'
        case [('x' | 'y') as axis, int() as val]:
            return f'axis {axis}={val}'
        case _:
            return f'other {token!r}'
for t in ['+', '/', '(', '42', 'abc', ['x', 3], ['z', 3]]:
    print(parse(t))
def bounds(pair):
    match pair:
        case (lo, hi) if lo > hi:
            return 'reversed'
        case (lo, hi) if lo == hi:
            return 'empty'
        case (lo, hi):
            return f'range of {hi - lo}'
print(bounds((5, 1)), bounds((3, 3)), bounds((1, 10)))
seen = []
def side_effect(v):
    seen.append(v)
    return v > 1
for v in (1, 2):
    match v:
        case x if side_effect(x):
            print('guard passed for', x)
        case _:
            print('guard failed for', v)
print(seen)
