class T(tuple):
    pass

class Pair(tuple):
    def __repr__(self):
        return "Pair(%d, %d)" % self

print("%d-%d" % T((1, 2)))
print("%s" % T(("only",)))
print(repr(Pair((3, 4))))
print("%r" % (T((1, 2)),))
try:
    print("%d %d %d" % T((1, 2)))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % T((1, 2)))
except TypeError as e:
    print("TypeError:", e)
import os
print(repr(os.terminal_size((80, 24))))
