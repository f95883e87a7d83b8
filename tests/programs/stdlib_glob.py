# glob over a scratch folder made with os only (listings sorted; the folder is removed).
import glob
import os

base = "/tmp/tess_glob_%d" % os.getpid()
os.mkdir(base)
try:
    for d in ["src/sub/deeper", "src/.hid", "other"]:
        os.makedirs(os.path.join(base, d))
    for rel in ["src/a.txt", "src/b.py", "src/.hidden", "src/sub/c.txt", "src/sub/deeper/d.txt",
                "src/.hid/e.txt", "other/x[1].txt", "top.txt"]:
        with open(os.path.join(base, rel), "w") as f:
            f.write(rel)
    os.chdir(base)
    for pat in ["src/*", "src/*.txt", "src/**/*.txt", "src/**", "src/**/", "**", "**/*.txt", "*/",
                "*/*.txt", "src/?.py", "src/[ab].*", "src/[!a].*", "src/.*", "src/*/*", "nothing*",
                "src/a.txt", "src/zz.txt", "src/", "src//*.py", "other/x[[]1].txt", "other/x[1].txt",
                "src/sub/**/*.txt", "./src/*.py", "src/a.txt/*", "", "*/**/d.txt"]:
        print(repr(pat), sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)),
              sorted(glob.glob(pat, recursive=True, include_hidden=True)))
    print(sorted(glob.glob("*.txt", root_dir="src")), sorted(glob.glob("**", root_dir="src", recursive=True)))
    print(sorted(glob.glob(base + "/src/*.py")) == [base + "/src/b.py"])
    print(sorted(glob.glob(b"src/*.py")), sorted(glob.iglob("src/sub/*")))
    print(glob.escape("a*b?[c]"), glob.escape(b"x?"), glob.has_magic("a[b"), glob.has_magic("ab"), glob.has_magic(b"*"))
    print(glob.glob(glob.escape("other/x[1].txt")), type(glob.iglob("*")).__name__ != "list")
finally:
    os.chdir("/")
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)
print(os.path.exists(base))
