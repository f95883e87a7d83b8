# fnmatch: fnmatch / fnmatchcase / filter / translate over generated names and patterns.
import fnmatch

names = ["a.py", "b.txt", "ab.py", ".hidden", "x/y.py", "[a].py", "A.PY", "data1.csv",
         "data22.csv", "-", "!x", "a*b", "", "ß.py", "a]b"]
patterns = ["*.py", "?.py", "a*", "*", "?", "[ab]*", "[!ab]*", "data[0-9].csv",
            "data[0-9]*.csv", "[[]a].py", "*[!.]*", "[a-c]?py", "a[*]b", "[]]", "a]b",
            "[!]]*", "[z-a]*", "**.py", "*.[pP][yY]", "[-]", "[!-]", "x*y*", "[a-]*",
            "[", "a[", "*]", "ß*"]
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)],
          fnmatch.filter(names, p) == [n for n in names if fnmatch.fnmatch(n, p)])
for p in patterns:
    print(repr(p), fnmatch.translate(p))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase(b"a.py", b"*.py"))
for bad in [lambda: fnmatch.fnmatchcase("a", b"a"), lambda: fnmatch.fnmatchcase(b"a", "a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
