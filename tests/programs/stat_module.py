import stat

names = sorted(n for n in dir(stat) if n[:1].isupper() and isinstance(getattr(stat, n), int)
               and not isinstance(getattr(stat, n), bool))
for n in names:
    print(n, getattr(stat, n))
modes = [0o100644, 0o40755, 0o120777, 0o20666, 0o60660, 0o10600, 0o140755, 0o104755,
         0o102755, 0o101755, 0o104644, 0o102644, 0o101644, 0o41777, 0o41776, 0, 0o777,
         0o170000, 0o7777, 0o110644, 0o160000, True]
tests = [stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO, stat.S_ISLNK,
         stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [int(t(m)) for t in tests])
for bad in ['x', 1.5, -1, 2 ** 64, None, 2 ** 32, 2 ** 40 + 0o40755, 2 ** 63]:
    for f in (stat.filemode, stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR, stat.S_ISDOOR):
        try:
            print(f(bad))
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(stat.S_IMODE.__doc__)
print(stat.S_ISDIR.__name__, stat.S_ISREG.__doc__)
import os
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], stat.S_ISREG(st.st_mode))
print(st[stat.ST_MODE] == st.st_mode, st[stat.ST_SIZE] == st.st_size)
