# shutil and tempfile extras in a scratch folder: copytree error gathering, symlinks,
# rmtree onerror order, move across names, which with path, copymode/copystat, tempfile names.
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
def m(x):
    return str(x).replace(base, "B")
def t(f):
    try:
        print(m(f()))
    except Exception as e:
        print(type(e).__name__, m(e))
try:
    os.chdir(base)
    os.makedirs("tree/inner")
    for rel in ["tree/f1", "tree/inner/f2", "tree/inner/f3.log"]:
        with open(rel, "w") as fh:
            fh.write(rel * 3)
    os.symlink("f1", "tree/lnk")
    os.symlink("missing-target", "tree/dangling")
    t(lambda: shutil.copytree("tree", "c1"))
    t(lambda: shutil.copytree("tree", "c2", ignore_dangling_symlinks=True))
    t(lambda: sorted(os.listdir("c2")))
    t(lambda: shutil.copytree("tree", "c3", symlinks=True))
    t(lambda: (os.path.islink("c3/lnk"), os.readlink("c3/dangling")))
    t(lambda: shutil.copytree("tree", "c4", ignore=shutil.ignore_patterns("*.log", "lnk", "dangling")))
    t(lambda: sorted(os.listdir("c4/inner")))
    t(lambda: shutil.ignore_patterns("*.py", "a*")("x", ["a.py", "b.txt", "ab", "c.py"]) == {"a.py", "ab", "c.py"})
    t(lambda: shutil.copytree("tree/f1", "c5"))
    t(lambda: shutil.copytree("nothing", "c6"))
    t(lambda: shutil.copyfile("tree/lnk", "lnkcopy", follow_symlinks=False))
    t(lambda: os.path.islink("lnkcopy"))
    t(lambda: shutil.copyfile("tree", "x"))
    t(lambda: shutil.copy("tree/f1", "tree/f1"))
    t(lambda: shutil.copy("tree/f1", "tree/inner/"))
    os.chmod("tree/f1", 0o640)
    shutil.copymode("tree/f1", "tree/inner/f1")
    t(lambda: oct(os.stat("tree/inner/f1").st_mode & 0o777))
    os.utime("tree/inner/f2", (1000000000, 1100000000))
    shutil.copystat("tree/inner/f2", "tree/f1")
    t(lambda: (int(os.stat("tree/f1").st_mtime), oct(os.stat("tree/f1").st_mode & 0o777)))
    with open("tree/f1", "rb") as src, open("obj", "wb") as dst:
        shutil.copyfileobj(src, dst, 3)
    t(lambda: open("obj").read())
    t(lambda: shutil.move("obj", "tree/inner"))
    t(lambda: shutil.move("tree/inner/obj", "tree/inner"))
    t(lambda: shutil.move("c4", "tree/inner"))
    t(lambda: shutil.move("c1", "c1"))
    t(lambda: shutil.move("nothing", "x"))
    calls = []
    shutil.rmtree("tree/lnk", onerror=lambda fn, p, ei: calls.append((fn.__name__, m(p), ei[0].__name__, str(ei[1]))))
    print(calls)
    t(lambda: shutil.rmtree("tree/lnk"))
    shutil.rmtree("c1")
    t(lambda: (os.path.exists("c1"), os.path.exists("tree/inner/c4/inner")))
    os.makedirs("bin")
    with open("bin/prog", "w") as fh:
        fh.write("#!/bin/sh\n")
    with open("bin/plain", "w") as fh:
        fh.write("")
    os.chmod("bin/prog", 0o755)
    t(lambda: shutil.which("prog", path=base + "/bin"))
    t(lambda: shutil.which("plain", path=base + "/bin"))
    t(lambda: shutil.which("plain", mode=os.F_OK, path=base + "/bin"))
    t(lambda: shutil.which("bin/prog"))
    t(lambda: shutil.which("prog", path=os.pathsep.join(["/nonexist", base + "/bin", base + "/bin"])))
    t(lambda: shutil.which("bin"))
    sz = shutil.get_terminal_size((33, 11))
    print(type(sz).__name__, sz.columns > 0, sz.lines > 0)
    os.environ["COLUMNS"] = "120"
    os.environ["LINES"] = "40"
    print(tuple(shutil.get_terminal_size()))
    fd, p = tempfile.mkstemp(prefix="pre_", suffix=".suf", text=True)
    os.close(fd)
    name = os.path.basename(p)
    print(name.startswith("pre_"), name.endswith(".suf"), len(name) - len("pre_.suf"), os.path.isabs(p))
    os.unlink(p)
    d = tempfile.mkdtemp(dir=b".")
    print(type(d).__name__, oct(os.stat(d).st_mode & 0o777), os.path.isabs(d))
    os.rmdir(d)
    with tempfile.NamedTemporaryFile("w", dir=".", prefix="nt") as nt:
        print(nt.delete, os.path.basename(nt.name).startswith("nt"), os.path.isabs(nt.name), nt.mode)
        for line in ["a\n", "b\n"]:
            nt.write(line)
    print(os.path.exists(nt.name), nt.closed)
    td = tempfile.TemporaryDirectory(dir=".")
    shutil.rmtree(td.name)
    td.cleanup()
    print(os.path.exists(td.name))
    print(tempfile.gettempprefixb(), type(tempfile.gettempdirb()).__name__, tempfile.template, tempfile.TMP_MAX)
    t(lambda: tempfile.mkstemp(prefix="x", dir=b"."))
finally:
    os.chdir("/")
    shutil.rmtree(base)
print(os.path.exists(base))
