# pathlib: generated comparison of pure-path operations over many path strings
# (parts, name/stem/suffix(es), parent(s), joins, relative_to, with_*, match, ordering).
from pathlib import PurePosixPath, PureWindowsPath

samples = ["", ".", "..", "/", "//", "///", "a", "a/", "/a", "//a", "///a/b", "a/b",
           "a/b/", "a//b", "a/./b", "a/../b", "./a", "../a", "a.txt", ".bashrc",
           "a.tar.gz", "dir.d/file", "a/b.c.d", "/usr/local/lib/python3.11",
           "x/.hidden.ext", "name.", "a..b", "~/file", "with space/f .py", "ü/ß.py"]
patterns = ["*", "*.py", "a/*", "/a", "*/b", "**", "a", "*.gz", "b*", "?", "*/*/*"]


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for s in samples:
    p = PurePosixPath(s)
    print(repr(s), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix),
          p.suffixes, str(p.parent), [str(x) for x in p.parents], p.anchor,
          p.is_absolute(), p.as_posix())
    print("  join", str(p / "x"), str("y" / p), str(p.joinpath("m", "/n")))
    print("  with", show(lambda: str(p.with_name("n.md"))),
          show(lambda: str(p.with_suffix(".new"))), show(lambda: str(p.with_suffix(""))),
          show(lambda: str(p.with_stem("st"))))
    print("  rel", show(lambda: str(p.relative_to("a"))), show(lambda: str(p.relative_to("/"))),
          show(lambda: str(p.relative_to(""))), p.is_relative_to("a"))
    print("  match", [pat for pat in patterns if p.match(pat)] if s else show(lambda: p.match("")))
    print("  uri", show(p.as_uri), repr(p), hash(p) == hash(PurePosixPath(str(p))))
ps = sorted(PurePosixPath(s) for s in samples)
print([str(x) for x in ps])
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("A") == PurePosixPath("a"),
      PurePosixPath("a") < PurePosixPath("a/b"), PurePosixPath("/b") > PurePosixPath("a"))
for s in ["c:\\a\\b", "C:/x.txt", "\\\\server\\share\\f", "rel\\p", "c:", "c:rel", "/root"]:
    w = PureWindowsPath(s)
    print(repr(s), str(w), w.parts, w.drive, repr(w.root), w.anchor, w.name, w.suffix,
          str(w.parent), w.is_absolute(), w.as_posix(), repr(w))
print(PureWindowsPath("C:/A/B") == PureWindowsPath("c:\\a\\b"),
      show(lambda: PurePosixPath("a") < PureWindowsPath("a")))
for bad in [lambda: PurePosixPath(1), lambda: PurePosixPath("a").with_name("a/b"),
            lambda: PurePosixPath("a").with_suffix("/x"), lambda: PurePosixPath("a").relative_to(),
            lambda: PurePosixPath("a").match(""), lambda: PurePosixPath("a") / None]:
    print(show(bad))
