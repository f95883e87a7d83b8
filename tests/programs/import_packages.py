# Packages, submodules, relative imports and the module table, from the file system.
import sys

def basename(p):
    return p.replace('\\', '/').rsplit('/', 1)[-1]


import pkg_doors
print(pkg_doors.VALUE, pkg_doors.helper_fn(21))
print(pkg_doors.__name__, pkg_doors.__package__, pkg_doors.__spec__.name)
print(basename(pkg_doors.__file__), [basename(p) for p in pkg_doors.__path__])
print(pkg_doors.__doc__)
print(pkg_doors.__spec__.parent, pkg_doors.__spec__.submodule_search_locations == pkg_doors.__path__)

import pkg_doors.sub
print(pkg_doors.sub.PARENT_VALUE, pkg_doors.sub.SHARED is pkg_doors.helper.SHARED)
print(pkg_doors.sub.__package__, pkg_doors.sub.__spec__.parent)

from pkg_doors.sub import deep
print(deep.RESULT, deep.__name__, deep.__package__)
print("pkg_doors.sub.deep" in sys.modules, sys.modules["pkg_doors.sub.deep"] is deep)
print(pkg_doors.sub.deep is deep)

import pkg_doors.sub.sibling as sib
print(sib.WHO, sib.__spec__.parent)

try:
    import pkg_doors.sub.leaf
except ImportError as e:
    print(type(e).__name__, e)
print("pkg_doors.sub.leaf" in sys.modules)

try:
    import pkg_doors.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_doors.helper.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from pkg_doors import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import pkg_doors.broken
except ValueError as e:
    print(type(e).__name__, e, "pkg_doors.broken" in sys.modules)

# namespace packages: folders without __init__.py
import nspkg_doors.part.mod
print(nspkg_doors.part.mod.NAME, nspkg_doors.__file__ if hasattr(nspkg_doors, "__file__") else "nofile")

# sys.modules is the table import consults
fake = type(sys)("fake_doors_mod")
fake.ANSWER = 42
sys.modules["fake_doors_mod"] = fake
import fake_doors_mod
print(fake_doors_mod.ANSWER, fake_doors_mod is fake)
sys.modules["blocked_doors"] = None
try:
    import blocked_doors
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["fake_doors_mod"]
try:
    import fake_doors_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# a module imported again is not re-run
import pkg_doors.helper as h1
import pkg_doors.helper as h2
print(h1 is h2)

# __import__ and importlib
top = __import__("pkg_doors.sub.sibling")
print(top is pkg_doors)
leaf = __import__("pkg_doors.sub.sibling", fromlist=["WHO"])
print(leaf.WHO)
sub = __import__("pkg_doors.sub", fromlist=["deep", "sibling"])
print(sub.deep.RESULT)
import importlib
print(importlib.import_module("pkg_doors.sub.deep") is deep)
print(importlib.import_module(".sibling", "pkg_doors.sub") is sib)
print(importlib.import_module("..helper", "pkg_doors.sub") is h1)
for bad in [
    lambda: importlib.import_module(".sibling"),
    lambda: importlib.import_module("...x", "pkg_doors.sub"),
    lambda: __import__("x", level=-1),
    lambda: __import__(5),
    lambda: __import__(""),
    lambda: __import__("pkg_doors", level=1),
    lambda: importlib.import_module(5),
    lambda: importlib.import_module("no_such_module_doors"),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# relative imports need a package
try:
    exec("from . import x", {"__name__": "__main__", "__package__": None})
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, __package__, __spec__)
print(sys.path[0] == __file__.rsplit('/', 1)[0])
print(basename(__file__))
