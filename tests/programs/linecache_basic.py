# linecache: getline/getlines, the cache's shape, checkcache after changes, sys.path
# search, lazycache with a loader, encodings and newlines.
import linecache
import os
import shutil
import sys
import tempfile

folder = tempfile.mkdtemp()
p = os.path.join(folder, "f.py")
with open(p, "w") as f:
    f.write("line1\nline2\n\nlast-no-newline")
print([linecache.getline(p, n) for n in (1, 2, 3, 4, 5, 0, -1)])
print(linecache.getlines(p))
entry = linecache.cache[p]
print(type(entry).__name__, len(entry), entry[0], entry[2], entry[3] == p,
      entry[1] == os.stat(p).st_mtime)
with open(p, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(p, 1)))
linecache.checkcache(p)
print(repr(linecache.getline(p, 1)))
os.remove(p)
print(repr(linecache.getline(p, 1)), p in linecache.cache)
linecache.checkcache()
print(p in linecache.cache, linecache.getlines(p), repr(linecache.getline("/nonexistent", 1)))
print(repr(linecache.getline("", 1)), repr(linecache.getline("<string>", 1)))


class Loader:
    def get_source(self, name):
        print("  get_source", name)
        return "a = 1\r\nb = 2\n"


g = {"__name__": "fakemod", "__loader__": Loader()}
print(linecache.lazycache("fakefile.py", g), len(linecache.cache["fakefile.py"]))
print(repr(linecache.getline("fakefile.py", 2, g)), linecache.cache["fakefile.py"][0],
      linecache.cache["fakefile.py"][1], linecache.cache["fakefile.py"][2])
print(linecache.lazycache("<x>", g), linecache.lazycache("fakefile.py", g),
      linecache.lazycache("other.py", None), linecache.lazycache("other.py", {}),
      linecache.lazycache("other.py", {"__name__": "m"}))
linecache.checkcache()
print("fakefile.py" in linecache.cache)
linecache.clearcache()
print(linecache.cache)
print(linecache.__all__)

sys.path.insert(0, folder)
with open(os.path.join(folder, "helper_mod.py"), "w") as f:
    f.write("# helper\nx = 1\n")
print(repr(linecache.getline("helper_mod.py", 2)),
      linecache.cache["helper_mod.py"][3] == os.path.join(folder, "helper_mod.py"))
sys.path.pop(0)

for data in [b"caf\xc3\xa9\n# -*- coding: latin-1 -*-\n",
             b"# -*- coding: latin-1 -*-\ncaf\xe9\n",
             b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\ncaf\xe9\n",
             b"\xef\xbb\xbfbom\n", b"bad \xff\n", b"a\r\nb\rc\n", b"x\x0cy\n", b"",
             b"\n\n", b"# coding: no-such-codec\nx\n"]:
    p = os.path.join(folder, "enc%d.py" % len(linecache.cache))
    with open(p, "wb") as f:
        f.write(data)
    print(linecache.getlines(p))
shutil.rmtree(folder)
