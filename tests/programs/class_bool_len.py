# __bool__ and __len__ truthiness
class Always:
    def __bool__(self):
        print('__bool__ called')
        return False
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(Always()), bool(Sized(0)), bool(Sized(3)), bool(Neither()), len(Sized(7)))
if not Sized(0):
    print('empty sized is falsy')
x = Always() or 'fallback'
print(x)
print([v for v in (Sized(0), Sized(1), Sized(2)) if v].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class BothDefined:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(BothDefined()), len(BothDefined()))
while Sized(0):
    print('never')
print('done')
