# timeit with fake timers, so that nothing printed depends on real timings.
import timeit

print(timeit.__all__, timeit.default_timer is __import__('time').perf_counter)
print(timeit.Timer.__init__.__defaults__[:2], timeit.timeit.__defaults__[3], timeit.repeat.__defaults__[3:5])


class Clock:
    """Each reading advances by one more unit than the last: 1, 3, 6, 10, ..."""
    def __init__(self, unit=0.01):
        self.calls = 0
        self.now = 0.0
        self.unit = unit

    def __call__(self):
        self.calls += 1
        self.now += self.calls * self.unit
        return self.now


for args in [dict(stmt=5), dict(setup=5), dict(stmt=None), dict(stmt='x = ('),
             dict(stmt='return 1'), dict(stmt='yield 1'), dict(setup='return'),
             dict(stmt='break'), dict(setup='x=1', stmt='  y = x'), dict(stmt='continue')]:
    try:
        t = timeit.Timer(**args)
        print('ok', t.timeit(3))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename)
    except ValueError as e:
        print('ValueError', e)

t = timeit.Timer('x.append(1)', 'x = []', timer=Clock())
print(round(t.timeit(5), 6), [round(v, 6) for v in t.repeat(3, 2)])
ns = {'acc': []}
timeit.timeit('acc.append(1)', number=7, globals=ns)
print(ns['acc'])
ns = {'acc': []}
timeit.timeit('for i in range(3):\n    acc.append(i)\nacc.append("|")',
              'acc.append("setup")\nacc.append("again")', number=2, globals=ns)
print(ns['acc'])
print(len(timeit.repeat('acc.append(0)', 'acc.clear()', repeat=3, number=4, globals=ns)), ns['acc'])
calls = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append('s'), timer=Clock())
print(round(t.timeit(3), 6), calls)
calls.clear()
timeit.Timer(lambda: calls.append(1), setup='calls.append("text setup")',
             globals={'calls': calls}).timeit(2)
timeit.Timer('calls.append("text stmt")', setup=lambda: calls.append('fn setup'),
             globals={'calls': calls}).timeit(2)
print(calls)

fake = iter(range(100)).__next__
print(timeit.Timer('pass', timer=fake).timeit(10), timeit.Timer('pass', timer=fake).repeat(3, 10))
print(timeit.timeit(timer=fake, number=4), timeit.repeat(timer=fake, number=4, repeat=2))
seen = []
number, taken = timeit.Timer('pass', timer=Clock()).autorange(
    lambda n, t: seen.append((n, round(t, 2))))
print(number, round(taken, 2), seen)
number, taken = timeit.Timer('pass', timer=Clock(0.03)).autorange()
print(number, round(taken, 2))
print(timeit.Timer('pass', timer=Clock(1)).autorange())

try:
    timeit.Timer('1/0').timeit(1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
import gc
print(gc.isenabled())
try:
    timeit.timeit('assert gc.isenabled() is False; 1/0', 'import gc', number=1)
except ZeroDivisionError:
    print('gc back on', gc.isenabled())
print(type(timeit.timeit('pass', number=10)).__name__, len(timeit.repeat('pass', number=10, repeat=3)))
