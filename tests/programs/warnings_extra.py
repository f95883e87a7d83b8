# warnings: warn_explicit with registries, module/once/default actions, filter ordering,
# resetwarnings, showwarning/formatwarning overrides, catch_warnings details, captureWarnings.
import io
import logging
import sys
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    reg = {}
    for ln in (1, 2, 1):
        warnings.warn_explicit("dup", UserWarning, "m.py", ln, module="m", registry=reg)
    print(len(log), sorted(k for k in reg if k != "version"))
    warnings.simplefilter("module")
    reg = {}
    for ln in (1, 2, 1):
        warnings.warn_explicit("mod", UserWarning, "m.py", ln, module="m", registry=reg)
    print(len(log))
    warnings.simplefilter("once")
    warnings.warn_explicit("o1", UserWarning, "a.py", 1, registry={})
    warnings.warn_explicit("o1", UserWarning, "b.py", 2, registry={})
    print(len(log), log[-1].filename, log[-1].lineno, str(log[-1].message))
    warnings.filterwarnings("error", module="pkg")
    try:
        warnings.warn_explicit("in pkg", UserWarning, "pkg.py", 3)
    except UserWarning as e:
        print("raised", e)
    warnings.warn_explicit("elsewhere", UserWarning, "x.py", 3)
    warnings.filterwarnings("ignore", category=UserWarning, lineno=9)
    warnings.warn_explicit("line nine", UserWarning, "x.py", 9)
    warnings.warn_explicit(RuntimeWarning("inst"), None, "x.py", 9)
    print([(str(m.message), m.category.__name__) for m in log[-2:]])
    print([f[0] for f in warnings.filters])
    warnings.simplefilter("always", append=True)
    warnings.simplefilter("once")
    print([f[0] for f in warnings.filters])
    warnings.filterwarnings("ignore", "abc", append=True)
    print(warnings.filters[-1][1].pattern, warnings.filters[-1][1].flags & 2)

print(repr(warnings.formatwarning("text", DeprecationWarning, "nofile.py", 4)))
print(repr(warnings.formatwarning("text", DeprecationWarning, "nofile.py", 4, "  code  ")))
m = warnings.WarningMessage("msg", None, "z.py", 1, line="l")
print(m, m.file, m.source)

shown = []
old_show = warnings.showwarning
warnings.showwarning = lambda *a: shown.append(a[:4])
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("custom show", UserWarning, "s.py", 5)
print(shown)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("recorded", UserWarning, "s.py", 6)
    print(len(log), warnings.showwarning is old_show)
print(warnings.showwarning is old_show, len(shown))
warnings.showwarning = old_show

old_fmt = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "F:%s\n" % message
err = io.StringIO()
sys.stderr = err
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("formatted", UserWarning, "s.py", 7)
sys.stderr = sys.__stderr__
warnings.formatwarning = old_fmt
print(repr(err.getvalue()))

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with warnings.catch_warnings(action="ignore", category=UserWarning):
    print(warnings.filters[0][:3])
for bad in [lambda: warnings.simplefilter("x"), lambda: warnings.simplefilter("once", lineno="1"),
            lambda: warnings.filterwarnings("ignore", category=3),
            lambda: warnings.filterwarnings("ignore", module=None),
            lambda: warnings.warn("x", "UserWarning")]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

logging.captureWarnings(True)
lbuf = io.StringIO()
h = logging.StreamHandler(lbuf)
logging.getLogger("py.warnings").addHandler(h)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn_explicit("to logging", UserWarning, "nofile.py", 8)
logging.captureWarnings(False)
print(repr(lbuf.getvalue()), warnings.showwarning is old_show)
