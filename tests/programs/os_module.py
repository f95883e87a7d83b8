# os and os.path: the file system, the environment, and path arithmetic.
import os
import os.path
import sys

print(os.path is sys.modules["os.path"], os.sep, repr(os.linesep), os.name, os.curdir, os.pardir)
base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tessera_os_%d" % os.getpid())
start = os.getcwd()
os.makedirs(os.path.join(base, "a", "b"))
try:
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, "a"))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
    with open("f1.txt", "w") as f:
        f.write("12345")
    with open(os.path.join("a", "f2.py"), "w") as f:
        f.write("")
    print(sorted(os.listdir(".")), sorted(os.listdir()))
    st = os.stat("f1.txt")
    print(st.st_size, st[6], oct(st.st_mode & 0o170000), os.path.getsize("f1.txt"), st.st_mtime > 0)
    print(os.path.isfile("f1.txt"), os.path.isdir("f1.txt"), os.path.isdir("a"), os.path.exists("nope"))
    entries = sorted(os.scandir("."), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
    print(entries[0].path, os.fspath(entries[0]))
    with os.scandir("a") as it:
        print(sorted(e.name for e in it))
    for root, dirs, files in os.walk("."):
        print(root, sorted(dirs), sorted(files))
    print([r for r, d, f in os.walk(".", topdown=False)])
    os.rename("f1.txt", "f3.txt")
    os.replace("f3.txt", os.path.join("a", "f4.txt"))
    print(sorted(os.listdir("a")))
    for bad in [
        lambda: os.remove("nope"),
        lambda: os.rmdir("a"),
        lambda: os.remove("a"),
        lambda: os.listdir("nope"),
        lambda: os.stat("nope"),
        lambda: os.mkdir("a"),
        lambda: os.chdir("nope"),
        lambda: os.rename("nope", "other"),
        lambda: os.listdir(os.path.join("a", "f2.py")),
        lambda: os.stat(3.5),
    ]:
        try:
            bad()
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)
finally:
    os.chdir(start)
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
print(os.path.exists(base), os.getcwd() == start)

os.environ["TESSERA_DOORS_VAR"] = "value"
print(os.environ["TESSERA_DOORS_VAR"], os.getenv("TESSERA_DOORS_VAR"), os.getenv("TESSERA_DOORS_NONE", "dflt"))
print(os.path.expandvars("$TESSERA_DOORS_VAR/${TESSERA_DOORS_VAR}/$NOPE_DOORS"))
del os.environ["TESSERA_DOORS_VAR"]
print("TESSERA_DOORS_VAR" in os.environ, os.environ.get("TESSERA_DOORS_VAR"))
try:
    os.environ["X"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(type(os.getpid()).__name__, len(os.urandom(8)), type(os.urandom(0)).__name__)

join = os.path.join
print(join("a", "b", "c"), join("/a", "/b"), join("a/", "b"), join("", "x"), join("a", ""))
for p in ["/usr/lib/x.tar.gz", "x", "/", "a/b/", ".bashrc", "a/.b.c", "//x", "", "..", "a..b"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), repr(os.path.dirname(p)))
for p in ["a/./b/../c", "/../x", "//a//b", "", ".", "a/..", "../../x/", "///a"]:
    print(repr(p), os.path.normpath(p))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.join(b"a", b"b"), os.path.basename(b"x/y"), os.path.splitext(b"f.txt"))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.path.expanduser("x~"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), "x"))
try:
    os.fspath(3)
except TypeError as e:
    print(type(e).__name__, e)
