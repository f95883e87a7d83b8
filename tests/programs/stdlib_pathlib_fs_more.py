# pathlib file-system extras in a scratch folder: glob with ** and .., rglob, samefile,
# touch/exist_ok, iterdir, mkdir(parents) over a file, resolve, expanduser, windows joins.
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath

d = Path(tempfile.mkdtemp())
def t(f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            r = sorted(str(x).replace(str(d), "D") for x in r)
        print(str(r).replace(str(d), "D") if not isinstance(r, list) else r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(d), "D"))
try:
    (d / "a" / "b" / "c").mkdir(parents=True)
    for rel in ["a/x.txt", "a/b/y.txt", "a/b/c/z.py", ".dot/q.txt", "top.py"]:
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text(rel)
    t(lambda: list(d.glob("**")))
    t(lambda: list(d.glob("**/*.txt")))
    t(lambda: list(d.glob("a/**/*")))
    t(lambda: list(d.glob("*/b/..")))
    t(lambda: list(d.glob("a/b")))
    t(lambda: list(d.glob("a/nope")))
    t(lambda: list(d.rglob("*.py")))
    t(lambda: list(d.rglob("b")))
    t(lambda: list(d.glob("?op.*")))
    t(lambda: list(d.glob("[a.]*")))
    t(lambda: list((d / "a").iterdir()))
    t(lambda: (d / "a" / "x.txt").samefile(d / "a" / "b" / ".." / "x.txt"))
    t(lambda: (d / "a" / "x.txt").samefile(str(d / "top.py")))
    t(lambda: (d / "top.py" / "sub").mkdir(parents=True))
    t(lambda: (d / "top.py").mkdir(exist_ok=True))
    t(lambda: (d / "a").mkdir(exist_ok=True))
    t(lambda: (d / "new.txt").touch())
    t(lambda: (d / "new.txt").touch(exist_ok=False))
    t(lambda: (d / "new.txt").stat().st_size)
    t(lambda: (d / "a" / "b" / ".." / "x.txt").resolve())
    t(lambda: (d / "nope" / "..").resolve(strict=True))
    t(lambda: (d / "a").rmdir())
    t(lambda: (d / "zz").rmdir())
    t(lambda: (d / "zz").is_dir())
    t(lambda: (d / "top.py" / "x").exists())
    t(lambda: Path("~/x").expanduser() == Path.home() / "x")
    t(lambda: Path("x/~").expanduser())
    t(lambda: Path("rel").absolute() == Path.cwd() / "rel")
    t(lambda: Path(d, "a", "x.txt").read_text())
    t(lambda: Path(d / "a").open("rb").read())
    t(lambda: (d / "bin").write_bytes(b"ab"))
    t(lambda: (d / "link").symlink_to("a"))
    t(lambda: ((d / "link").is_symlink(), (d / "link").is_dir(), (d / "link").readlink()))
    t(lambda: (d / "top.py").rename(str(d / "moved.py")).name)
    t(lambda: (d / "moved.py").replace(d / "a" / "x.txt").read_text())
    t(lambda: list(d.glob("/x")))
finally:
    shutil.rmtree(d)
print(d.exists())
for a, b in [("c:/a", "d:b"), ("c:/a", "c:b"), ("c:/a", "/b"), ("c:a", "C:b"), ("//srv/sh/x", "y"),
             ("a", "c:"), ("c:", "x")]:
    print(a, b, PureWindowsPath(a, b), PureWindowsPath(a).joinpath(b).parts)
w = PureWindowsPath("C:/Dir/File.TXT")
print(w.match("*.txt"), w.match("c:/dir/*"), w.with_suffix(".md"), w.relative_to("c:/dir"),
      w.is_reserved(), PureWindowsPath("nul.txt").is_reserved(), w.as_uri())
print(PurePosixPath("/a/b").parents[-1], PurePosixPath("a/b/c").parents[1:], list(PurePosixPath("a").parents))
try:
    PurePosixPath("a/b").parents[2]
except IndexError as e:
    print("IndexError", e)
print(bytes(PurePosixPath("/x/ü")), PurePosixPath("/a b/%").as_uri())
