# At exit, everything the globals hold is finalized while the globals are still intact
# (CPython collects the main module's namespace as one garbage set), nearest first.
import weakref

log = []


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("del", self.name, "log has", len(log), "helper", helper())


def helper():
    return "ok"


a = C("a")
nested = {"k": [C("in list in dict")]}
b = C("b")
b.partner = C("partner of b")
b.partner.back = b
ring = C("ring")
ring.me = ring
referent = C("referent")
r = weakref.ref(referent, lambda ref: print("callback not called at exit"))
print("end")
