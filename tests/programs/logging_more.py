# logging: exception() outside a handler, exc_info tuples, %-style edge cases, no last resort,
# hasHandlers and placeholder fix-ups in the logger hierarchy.
import logging, sys
lg = logging.getLogger("t")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)5s|%(message)s|%(levelno)03d"))
lg.addHandler(h)
lg.exception("outside except")
lg.error("tuple exc", exc_info=(ValueError, ValueError("v"), None))
lg.warning("%s and %s", "a", "b")
lg.warning("%d%%", 50)
lg.warning({"a": 1})
lg.warning("no args %s")
logging.lastResort = None
logging.getLogger("q").error("nobody")
logging.getLogger("q").error("nobody again")
print(lg.hasHandlers(), logging.getLogger("zz").hasHandlers())
a = logging.getLogger("p.q.r")
b = logging.getLogger("p")
print(a.parent is b)
c = logging.getLogger("p.q")
print(a.parent is c, c.parent is b)
