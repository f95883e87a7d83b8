# logging: handlers/filters/adapters/records beyond the basics (no caller-location fields).
import io
import logging
import os
import sys

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
lg = logging.getLogger("ex")
lg.propagate = False
lg.addHandler(h)
lg.addHandler(h)
print(len(lg.handlers))
lg.addFilter(lambda r: "skip" not in r.getMessage())
lg.warning("keep me")
lg.warning("skip me")
lg.filters.clear()


class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


Ctx(lg, {"id": 7}).error("adapted %d", 1)
Ctx(lg, {"id": 8}).debug("not shown")
ad = logging.LoggerAdapter(lg, {"a": 1})
print(ad.name, ad.manager is logging.Logger.manager, ad.getEffectiveLevel(), ad.hasHandlers())
try:
    lg.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    lg.warning("x", extra={"name": 1})
except KeyError as e:
    print("KeyError", e)
lg.warning("ok", extra={"custom": 1})
print(buf.getvalue(), end="")

print(sorted(logging.getLevelNamesMapping().items()))
print(logging.getLevelName("WARN"), logging.getLevelName("nope"), logging.getLevelName(None))
print(logging.getLogger("ex").getChild("sub").name, logging.getLogger().getChild("top").name)
print(logging.root.getChild("ex") is lg)
f = logging.Filter("ab")
for n in ["ab", "ab.c", "abc", "a"]:
    print(n, f.filter(logging.makeLogRecord({"name": n})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "zz"})))

try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("custom.one")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)

for fmt, style in [("{x!z}", "{"), ("{x:Z}", "{"), ("{}", "{"), ("{a}}", "{"), ("$$", "$"),
                   ("${a", "$"), ("%(a)q", "%"), ("%s", "%"), ("{a:>10}", "{"), ("{0}", "{"),
                   ("{a.b}", "{"), ("%(a)-10s %", "%"), ("$a ${b}", "$")]:
    try:
        logging.Formatter(fmt, style=style)
        print(fmt, "ok")
    except ValueError as e:
        print(fmt, e)
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("you",), "name": "n", "levelname": "INFO"})
print(logging.Formatter("$name/${levelname} $$ $message", style="$").format(rec))
print(logging.Formatter("{name!r:>5}|{message}", style="{").format(rec))
print(logging.Formatter("%(x)s", validate=False).usesTime(), logging.Formatter("%(asctime)s").usesTime())
print(logging.Formatter("${asctime}", style="$").usesTime(), logging.Formatter("{asctime}", style="{").usesTime())
rec2 = logging.makeLogRecord({"msg": "m", "exc_info": (KeyError, KeyError("q"), None)})
print(repr(logging.Formatter().format(rec2)), repr(rec2.exc_text))
bf = logging.BufferingFormatter()
print(repr(bf.format([rec, rec])), repr(bf.format([])))
r3 = logging.LogRecord("n", 10, "p.py", 1, "%(k)s-%(j)s", ({"k": 1, "j": 2},), None)
print(r3.getMessage(), r3.args)
r4 = logging.LogRecord("n", 10, "p.py", 1, "%s", ({},), None)
print(r4.getMessage(), r4.args)

tmp = os.path.join(os.environ.get("TMPDIR", "/tmp"), "tessera_logx_%d" % os.getpid())
os.mkdir(tmp)
path = os.path.join(tmp, "d.log")
fh = logging.FileHandler(path, delay=True)
print(fh.stream, os.path.exists(path), fh.baseFilename == os.path.abspath(path), repr(fh) == "<FileHandler %s (NOTSET)>" % os.path.abspath(path))
fl = logging.getLogger("filed")
fl.addHandler(fh)
fl.propagate = False
fl.warning("one")
fl.error("two")
print(os.path.exists(path))
fh.close()
print(fh.stream)
with open(path) as f:
    print(f.read(), end="")
os.remove(path)
os.rmdir(tmp)

sh = logging.StreamHandler(sys.stdout)
print(sh.setStream(sys.stdout), sh.setStream(buf) is sys.stdout, repr(sh))
h2 = logging.Handler()
h2.set_name("named")
print(h2.name, h2.get_name())
try:
    h2.emit(rec)
except NotImplementedError as e:
    print("NotImplementedError", e)
h2.setLevel("ERROR")
print(h2.level, repr(h2))

out = io.StringIO()
logging.basicConfig(handlers=[logging.StreamHandler(out)], format="%(levelname)s>%(message)s", force=True)
logging.warning("via handlers")
try:
    logging.basicConfig(handlers=[], stream=out, force=True)
except ValueError as e:
    print(e)
logging.basicConfig(stream=out, style="{", force=True)
logging.error("brace basic")
logging.basicConfig(stream=out, style="$", force=True)
logging.critical("dollar basic")
logging.basicConfig(stream=out, force=True, level=logging.DEBUG)
logging.debug("debug on")
logging.exception("no exc")
print(out.getvalue(), end="")
logging.root.handlers[0].setStream(sys.stdout)
logging.disable()
logging.critical("off")
logging.disable(logging.NOTSET)
print(logging.root.manager.disable)
