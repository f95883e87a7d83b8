# glob, shutil and tempfile over a scratch folder (paths masked, listings sorted).
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="tess_", suffix="_x")
print(os.path.isdir(base), os.path.basename(base).startswith("tess_"), base.endswith("_x"))
print(tempfile.gettempdir() == os.path.dirname(base), tempfile.gettempprefix())


def m(x):
    if isinstance(x, (list, tuple)):
        return sorted(m(i) for i in x)
    return str(x).replace(base, "B")


def t(f):
    try:
        print(m(f()))
    except Exception as e:
        print(type(e).__name__, m(e))


try:
    os.makedirs(os.path.join(base, "src", "sub", "deeper"))
    for rel in ["src/a.txt", "src/b.py", "src/.hidden", "src/sub/c.txt", "src/sub/deeper/d.txt"]:
        with open(os.path.join(base, rel), "w") as f:
            f.write(rel + "\n")
    os.chmod(os.path.join(base, "src/b.py"), 0o755)
    os.chdir(base)
    print(sorted(glob.glob("src/*")))
    print(sorted(glob.glob("src/*", include_hidden=True)))
    print(sorted(glob.glob("src/*.txt")))
    print(sorted(glob.glob("src/**/*.txt", recursive=True)))
    print(sorted(glob.glob("src/**", recursive=True)))
    print(sorted(glob.glob("src/**/", recursive=True)))
    print(sorted(glob.glob("src/?.py")), sorted(glob.glob("src/[ab].*")), sorted(glob.glob("src/[!a].*")))
    print(sorted(glob.glob("*.txt", root_dir="src")), glob.glob("nothing*"), glob.glob("src/a.txt"), glob.glob("src/zz.txt"))
    print(sorted(glob.iglob("src/sub/*")), glob.escape("a*b?[c]"), glob.has_magic("a[b"), glob.has_magic("ab"))

    t(lambda: shutil.copyfile("src/a.txt", "copy.txt"))
    print(open("copy.txt").read(), end="")
    t(lambda: shutil.copy("src/b.py", "src/sub"))
    print(oct(os.stat("src/sub/b.py").st_mode & 0o777))
    t(lambda: shutil.copy2("src/a.txt", "a2.txt"))
    print(int(os.stat("a2.txt").st_mtime) == int(os.stat("src/a.txt").st_mtime))
    t(lambda: shutil.copyfile("missing", "x"))
    t(lambda: shutil.copyfile("copy.txt", "copy.txt"))
    t(lambda: shutil.copyfile("src/a.txt", "nodir/x.txt"))
    t(lambda: shutil.copytree("src", "dst"))
    print(sorted(os.path.relpath(os.path.join(r, f), "dst") for r, ds, fs in os.walk("dst") for f in fs))
    t(lambda: shutil.copytree("src", "dst"))
    t(lambda: shutil.copytree("src", "dst", dirs_exist_ok=True))
    t(lambda: shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("*.txt", "deeper")))
    print(sorted(os.path.relpath(os.path.join(r, f), "dst2") for r, ds, fs in os.walk("dst2") for f in fs))
    t(lambda: shutil.move("copy.txt", "dst"))
    t(lambda: shutil.move("a2.txt", "moved.txt"))
    t(lambda: shutil.move("dst2", "dst3"))
    t(lambda: shutil.move("dst", "dst/inner"))
    print(os.path.exists("copy.txt"), os.path.exists("dst/copy.txt"), os.path.exists("dst3"))
    t(lambda: shutil.rmtree("missing"))
    t(lambda: shutil.rmtree("moved.txt"))
    shutil.rmtree("missing", ignore_errors=True)
    errs = []
    shutil.rmtree("missing", onerror=lambda fn, p, ei: errs.append((fn.__name__, p, ei[0].__name__)))
    print(errs)
    shutil.rmtree("dst")
    print(os.path.exists("dst"))
    print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"), shutil.which("sh", path=""))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

    fd, path = tempfile.mkstemp(suffix=".dat", dir=base)
    print(isinstance(fd, int), path.endswith(".dat"), os.path.dirname(path) == base)
    os.write(fd, b"abc")
    os.close(fd)
    with open(path, "rb") as fh:
        print(fh.read(), oct(os.stat(path).st_mode & 0o777))
    t(lambda: os.close(fd))
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=base) as nt:
        nt.write("named\n")
        nt.flush()
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name), nt.name.endswith(".txt"))
        name = nt.name
    print(os.path.exists(name))
    nt = tempfile.NamedTemporaryFile(delete=False, dir=base)
    nt.write(b"kept")
    nt.close()
    print(open(nt.name, "rb").read(), nt.closed)
    with tempfile.TemporaryFile("w+") as tf:
        tf.write("anon")
        tf.seek(0)
        print(tf.read())
    with tempfile.TemporaryDirectory(dir=base) as td:
        open(os.path.join(td, "f"), "w").close()
        os.mkdir(os.path.join(td, "d"))
        print(os.path.isdir(td))
    print(os.path.exists(td))
    tdo = tempfile.TemporaryDirectory(prefix="p_", dir=base)
    print(repr(tdo).startswith("<TemporaryDirectory '"), os.path.basename(tdo.name).startswith("p_"))
    tdo.cleanup()
    tdo.cleanup()
    print(os.path.exists(tdo.name))
    try:
        tempfile.mkstemp(dir=os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.dirname(e.filename) == os.path.join(base, "nope"))
    t(lambda: tempfile.mkdtemp(prefix=b"x", suffix="y"))
finally:
    os.chdir("/")
    shutil.rmtree(base)
print(os.path.exists(base))
import shutil
u = shutil.disk_usage("/tmp")
print(type(u).__name__, u._fields, u.total >= u.used, u.total >= u.free > 0, u.total == u[0], repr(u).startswith("usage(total="))
try:
    shutil.disk_usage("/nonexist")
except OSError as e:
    print(type(e).__name__, e)
import tempfile, os
with tempfile.SpooledTemporaryFile(max_size=10) as f:
    f.write(b"12345")
    print(f._rolled, f.tell(), f.name)
    f.write(b"678901234")
    print(f._rolled, f.tell(), isinstance(f.name, int) or f.name is None or isinstance(f.name, str))
    f.seek(0)
    print(f.read())
with tempfile.SpooledTemporaryFile(mode="w+") as t:
    t.write("text\nmore\n")
    t.seek(0)
    print(t.readlines(), t._rolled, t.mode)
    print(isinstance(t.fileno(), int), t._rolled)
    t.seek(0)
    print(t.read())
print(t.closed)
