# class attributes vs instance attributes
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.count, b.count, a.id, b.id)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
a.items.append('shared')
print(b.items, Counter.items)
a.items = ['own']
print(a.items, b.items)
Counter.count = 0
print(b.count)
class Config:
    debug = False
    level = 1
c = Config()
Config.debug = True
print(c.debug, getattr(c, 'level'), getattr(Config, 'debug'))
setattr(Config, 'new_attr', 'added later')
print(c.new_attr)
print('debug' in vars(Config), 'debug' in vars(c), vars(c))
class WithMethodAttr:
    def method(self):
        return 'method'
w = WithMethodAttr()
w.method = lambda: 'instance override'
print(w.method(), WithMethodAttr().method())
