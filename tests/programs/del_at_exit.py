# Objects still alive in module globals are finalized at exit, after atexit callbacks.
import atexit
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = C("first")
_private = C("_private")
second = C("second")
holder = [C("in list")]


class Target:
    pass


t = Target()
weakref.ref(t, lambda r: print("callback at exit"))
keep = weakref.ref(t, lambda r: print("callback at exit"))
atexit.register(print, "atexit ran")
print("end of program")
