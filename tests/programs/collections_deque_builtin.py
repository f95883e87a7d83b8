from collections import deque
import copy
d=deque([1,2,3],5)
print(d.__reduce__()[:3], deque.__module__, deque.__qualname__, repr(deque))
try: hash(d)
except TypeError as e: print(e)
try: d.maxlen=3
except AttributeError as e: print('AttributeError')
try: deque.append(1, 2)
except TypeError as e: print(e)
try: d[10]
except IndexError as e: print(e)
try: d['a']
except TypeError as e: print(e)
try: d[1:2]
except TypeError as e: print(e)
try: deque().pop()
except IndexError as e: print(e)
try: deque(maxlen=-1)
except ValueError as e: print(e)
try: deque(maxlen='a')
except TypeError as e: print(e)
try: deque(1)
except TypeError as e: print(e)
try: d.index(9)
except ValueError as e: print(e)
try: d.remove(9)
except ValueError as e: print(e)
try: d + [1]
except TypeError as e: print(e)
try: d.insert(0,1); d.insert(0,1); d.insert(0,1)
except IndexError as e: print(e)
print(d, d*2, 2*d, d+d, deque('abc') < deque('abd'), deque([1]) == [1], deque([1,2]) == deque([1,2]))
print(d.copy(), deque.__hash__, bool(deque()), len(d), bool(d))
x = deque(); x.append(x); print(x)
class M(deque):
    pass
m = M([1,2], 3); m.extra = 1; print(m, m.extra, type(m.copy()).__name__, m.maxlen, M.__mro__)
print(deque(range(5), maxlen=3), deque([1], maxlen=None))
d=deque([1,2,3]); del d[1]; print(d); d[0]=9; print(d, 2 in d, 3 in d, d.count(3))
try: deque.__init__(deque(), 1, 2, 3)
except TypeError as e: print(e)
try: deque(foo=1)
except TypeError as e: print(e)
for op in ['rotate(1)','reverse()','__setitem__(0,9)','extend([])','clear()','append(1)', 'rotate(0)']:
    d=deque([1,2,3]); it=iter(d); next(it)
    eval('d.'+op)
    try: print(op, list(it))
    except RuntimeError as e: print(op, e)
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-13); print(d)
d.extendleft('abc'); print(d, d.popleft(), d.pop(), d.index(5), d.index(5, 2, 9))
print(copy.copy(m), copy.deepcopy(deque([[1],[2]], 4)), copy.deepcopy(m).extra)
e = deque([1,2]); e += [3]; e *= 2; print(e); f = deque([1,2], 3); f *= 3; print(f)
print(list(reversed(deque('xyz'))), sorted(deque([3,1,2])), deque(maxlen=0), deque('ab', maxlen=0))
z = deque(maxlen=2); z.appendleft(1); z.appendleft(2); z.appendleft(3); print(z)
class E:
    def __eq__(self, o):
        dd.append(1); return False
dd = deque([E(), E()])
try: dd.count(0)
except RuntimeError as ex: print(ex)
dd = deque([E(), E()])
try: dd.remove(0)
except IndexError as ex: print(ex)
print(isinstance(deque(), deque), issubclass(M, deque), deque([1,2]) * 0)
d = deque(); d.extend(d); d.append(1); d.extend(d); print(d)
d = deque([1, 2, 3, 2, 1])
print(d.index(2), d.index(2, 2), d.index(1, -2), d.index(2, 0, 10**30), d.index(1, -10**30))
for a in [(2, 4, 3), (9,), (1, 1, 4)]:
    try: print(d.index(*a))
    except ValueError as e: print(e)
try: d.index(1, 'a')
except TypeError as e: print(e)
print(d.count(2), 2 in d, 7 in d)
