# vars(), instance __dict__, and attribute functions
class Pet:
    species = 'unknown'
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Pet('rex', 3)
print(vars(p))
p.color = 'brown'
print(vars(p), p.__dict__ is vars(p))
vars(p)['age'] = 4
print(p.age)
print(sorted(k for k in vars(Pet) if not k.startswith('__')))
print(getattr(p, 'name'), getattr(p, 'species'), getattr(p, 'nope', None))
setattr(p, 'age', 10)
delattr(p, 'color')
print(vars(p), hasattr(p, 'color'))
try:
    getattr(p, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
for attr in ['name', 'age', 'species']:
    print(attr, '=', getattr(p, attr))
