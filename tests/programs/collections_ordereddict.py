from collections import OrderedDict
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(list(od.items()), list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), list(od))
print(od.popitem(last=False), list(od))
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == {'y': 2, 'x': 1})
print(od2)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od2.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
lru = OrderedDict()
for key in ['a', 'b', 'c', 'a', 'd', 'b', 'e']:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
    print(key, list(lru))
print(list(reversed(od2)), isinstance(od2, dict))
