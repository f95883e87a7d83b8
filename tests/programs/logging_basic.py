# logging: logger hierarchy, levels, propagation, handlers, formatter styles, exceptions,
# basicConfig and the last-resort handler (stderr captured through sys.stderr).
import io
import logging
import os
import sys
import time

err = io.StringIO()
sys.stderr = err
logging.getLogger("early").warning("unconfigured %s goes to stderr", "warning")
logging.getLogger("early").info("info is dropped")
sys.stderr = sys.__stderr__
print(repr(err.getvalue()))

print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(25), logging.WARN)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
root = logging.getLogger()
print(root.name, root.level, root is logging.getLogger("root"), root is logging.root)
a = logging.getLogger("app")
ab = logging.getLogger("app.db")
abc = logging.getLogger("app.db.conn")
print(ab.parent is a, abc.parent is ab, a.parent is root, a.getChild("db") is ab)
x = logging.getLogger("x.y.z")
xy = logging.getLogger("x.y")
print(x.parent is xy, xy.parent is root)
print(a.getEffectiveLevel(), abc.getEffectiveLevel(), repr(abc))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), repr(abc), repr(root))
a.setLevel("INFO")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
for bad in ["LOUD", 1.5]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
a.addHandler(h)
abc.debug("hidden %d", 1)
abc.info("shown %d %s", 2, "x")
ab.warning("dict args %(k)s", {"k": "v"})
abc.log(25, "custom level")
a.propagate = False
ab.error("no propagation to root")
h2 = logging.StreamHandler(buf)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("{levelname:>8} {name} {message}", style="{"))
ab.addHandler(h2)
ab.warning("only h")
ab.critical("both")
h3 = logging.StreamHandler(buf)
h3.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
ab.addHandler(h3)
ab.error("three")
ab.removeHandler(h3)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


h.addFilter(OnlyOdd())
for i in range(4):
    ab.info("n=%d", i)
h.filters.clear()
a.addFilter(logging.Filter("app.db"))
a.info("filtered out by name")
a.filters.clear()
a.info("extra %s", "field", extra={"user": "bob"})
print(buf.getvalue(), end="")

buf2 = io.StringIO()
h4 = logging.StreamHandler(buf2)
h4.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
lg = logging.getLogger("exc")
lg.addHandler(h4)
lg.propagate = False


def fail():
    raise ValueError("bad value")


try:
    fail()
except ValueError:
    lg.exception("caught it")
try:
    fail()
except ValueError as e:
    lg.error("with exc_info", exc_info=e)
try:
    try:
        fail()
    except ValueError as e:
        raise KeyError("k") from e
except KeyError:
    lg.critical("chained", exc_info=True)
lg.warning("no exception", exc_info=False)
for line in buf2.getvalue().splitlines():
    if line.startswith('  File "') and "logging_basic.py" in line:
        line = '  File "FILE"' + line[line.index('",'):][1:]
    print(line)

rec = logging.makeLogRecord({"msg": "hello %s", "args": ("w",), "levelno": 20, "levelname": "INFO"})
print(rec.getMessage(), rec.levelname)
r2 = logging.LogRecord("n", logging.INFO, "/a/b/mod.py", 7, "m %s", ("x",), None)
print(r2.filename, r2.module, r2.lineno, r2.getMessage(), repr(r2), r2.threadName, r2.processName)
print(type(r2.created).__name__, r2.msecs == int(r2.msecs), r2.process == os.getpid())
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
print(f.format(r2)[4:], len(f.format(r2).split()[0]))
f2 = logging.Formatter("%(asctime)s|%(message)s")
s = f2.format(r2)
print(len(s.split("|")[0]), s.split("|")[0][19], s.split("|")[1])
class GmtFormatter(logging.Formatter):
    converter = time.gmtime


r2.created = 86400.0
r2.msecs = 5.0
print(GmtFormatter("%(asctime)s").format(r2))
print(logging.Formatter().format(r2), logging.Formatter("{message}!", style="{").format(r2))
print(logging.Formatter("%(name)s %(missing)s", defaults={"missing": "dflt"}).format(r2))
for bad in [lambda: logging.Formatter("no fields"), lambda: logging.Formatter("{x", style="{"),
            lambda: logging.Formatter("%(m)s", style="?"), lambda: logging.Formatter("$", style="$"),
            lambda: logging.Formatter("%(nope)s").format(r2)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(logging.NullHandler().handle(r2), repr(logging.StreamHandler(buf)), repr(logging.NullHandler()))
ad = logging.LoggerAdapter(logging.getLogger("app"), {"user": "ann"})
ad.info("via adapter")
print(repr(ad), ad.isEnabledFor(logging.INFO))

tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tessera_logging_%d" % os.getpid())
os.mkdir(tmp)
path = os.path.join(tmp, "log.txt")
logging.basicConfig(filename=path, filemode="w", level=logging.DEBUG,
                    format="%(levelname)s %(name)s %(message)s")
logging.debug("to file %d", 1)
logging.getLogger("app2").info("child to file")
logging.basicConfig(level=logging.ERROR)  # ignored: root already configured
print(logging.getLogger().level)
stream = io.StringIO()
logging.basicConfig(stream=stream, force=True, format="[%(levelname)s] %(message)s", level="INFO")
logging.info("forced")
logging.debug("dropped")
logging.warning("warned %s", "here")
logging.log(logging.ERROR, "logged")
print(stream.getvalue(), end="")
with open(path) as fh:
    print(fh.read(), end="")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("still shown")
logging.disable(logging.NOTSET)
print(stream.getvalue().splitlines()[-1])
for bad in [lambda: logging.basicConfig(stream=stream, filename=path, force=True),
            lambda: logging.basicConfig(force=True, bogus=1),
            lambda: logging.basicConfig(force=True, style="x"),
            lambda: logging.getLogger(5), lambda: logging.log("INFO", "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.shutdown()
os.remove(path)
os.rmdir(tmp)
