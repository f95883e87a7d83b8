# mapping patterns
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k)} if len(k) == 1:
            return f'key {k}'
        case {'type': 'key', **rest}:
            return f'key event with {rest}'
        case {'type': t}:
            return f'unknown type {t}'
        case {}:
            return 'empty or untyped mapping'
        case _:
            return 'not a mapping'
events = [
    {'type': 'click', 'pos': (1, 2)},
    {'type': 'click', 'pos': (1, 2), 'extra': True},
    {'type': 'key', 'key': 'a'},
    {'type': 'key', 'key': 'enter', 'mod': 'shift'},
    {'type': 'scroll'},
    {'other': 1},
    {},
    [('type', 'click')],
]
for e in events:
    print(handle(e))
config = {'db': {'host': 'localhost', 'port': 5432}, 'debug': True}
match config:
    case {'db': {'host': host, 'port': int(port)}, 'debug': debug}:
        print(host, port, debug)
