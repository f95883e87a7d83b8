# str.format
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Bob', age=7), '{0} {x}'.format(1, x=2))
print('{0[1]} {0[0]} {1[k]}'.format(['a', 'b'], {'k': 'v'}), '{d[key]}'.format(d={'key': 'dv'}))
class Pt:
    def __init__(self):
        self.x, self.y = 3, 4
print('{0.x},{0.y}'.format(Pt()), '{p.x}'.format(p=Pt()))
print('{{}} {{{}}} {{0}}'.format('in'))
print('{:>8}|{:<8}|{:^8}|{:*^8}'.format('a', 'b', 'c', 'd'))
print('{:08.3f} {:,} {:x} {:#b} {:e} {:.1%}'.format(3.14159, 10**6, 255, 5, 1234.5, 0.256))
print('{0:{1}}|{0:>{1}}|{2:{3}.{4}f}'.format('hi', 6, 2.71828, 8, 2))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{0!r:>6}|'.format('q'))
print('{:d}'.format(True), '{}'.format(None), '{}'.format([1, {'a': (2,)}]))
print(str.format('{}-{}', 'x', 'y'), '{0}{0}{0}'.format('ab'))
for err in [lambda: '{}'.format(), lambda: '{1}'.format('a'), lambda: '{x}'.format(y=1),
            lambda: '{} {0}'.format(1, 2), lambda: '{0[5]}'.format([1]), lambda: '{0.zz}'.format(1), lambda: '{'.format(1), lambda: '}'.format(1)]:
    try:
        err()
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
data = {'x': 1, 'y': 2}
print('x={x} y={y}'.format(**data), '{0}+{1}'.format(*[5, 6]))
print('{:^10.3s}|'.format('abcdef'), '{:-^20}'.format(' title '))
print('{0:c}{1:c}'.format(72, 105), '{:5}|{:<5}|'.format(1.5, 2))
