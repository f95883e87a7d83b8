# pickle: Pickler/Unpickler subclasses (persistent_id / persistent_load, reducer_override,
# dispatch_table, find_class for restricted unpickling), copyreg.pickle and extension codes,
# dump/load through files, several pickles in one stream, the memo across dump() calls.
import copyreg
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key


class DB:
    rows = {"r1": Record("r1"), "r2": Record("r2")}


class SavePids(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class LoadPids(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        if kind != "Record":
            raise pickle.UnpicklingError("unsupported persistent object")
        return DB.rows[key]


for proto in range(1, pickle.HIGHEST_PROTOCOL + 1):
    buf = io.BytesIO()
    SavePids(buf, proto).dump([DB.rows["r1"], DB.rows["r2"], DB.rows["r1"], "plain"])
    print(proto, buf.getvalue())
    buf.seek(0)
    back = LoadPids(buf).load()
    print(back[0] is DB.rows["r1"], back[1] is DB.rows["r2"], back[3])


class TextPids(pickle.Pickler):
    def persistent_id(self, obj):
        return "ref-%s" % obj.key if isinstance(obj, Record) else None


class TextLoad(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid


buf = io.BytesIO()
TextPids(buf, 0).dump({"a": DB.rows["r2"]})
print(buf.getvalue())
buf.seek(0)
print(TextLoad(buf).load())

try:
    pickle.loads(buf.getvalue())
except pickle.UnpicklingError as exc:
    print("UnpicklingError:", exc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def rebuild_point(x, y):
    return Point(x, y)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return rebuild_point, (obj.x, obj.y)
        if obj is Record:
            return "Record"
        return NotImplemented


for proto in (0, 2, 4):
    buf = io.BytesIO()
    Override(buf, proto).dump([Point(1, 2), Record, 7])
    print(proto, buf.getvalue())
    p, cls, n = pickle.loads(buf.getvalue())
    print(type(p).__name__, p.x, p.y, cls is Record, n)


def reduce_record(rec):
    return Record, (rec.key.upper(),)


class TablePickler(pickle.Pickler):
    dispatch_table = {Record: reduce_record}


for proto in (1, 3, 5):
    buf = io.BytesIO()
    TablePickler(buf, proto).dump(Record("abc"))
    print(proto, buf.getvalue(), pickle.loads(buf.getvalue()).key)

buf = io.BytesIO()
instance_table = pickle.Pickler(buf, 4)
instance_table.dispatch_table = copyreg.dispatch_table.copy()
instance_table.dispatch_table[Record] = lambda rec: (Record, ("per-instance",))
instance_table.dump(Record("x"))
print(pickle.loads(buf.getvalue()).key)
print(pickle.loads(pickle.dumps(Record("x"))).key)

copyreg.pickle(Point, lambda pt: (rebuild_point, (pt.y, pt.x)))
for proto in (0, 4):
    data = pickle.dumps(Point(3, 4), proto)
    print(proto, data)
    q = pickle.loads(data)
    print(q.x, q.y)
del copyreg.dispatch_table[Point]


class Restricted(pickle.Unpickler):
    allowed = {("builtins", "range"), ("builtins", "set"), ("__main__", "Record")}

    def find_class(self, module, name):
        if (module, name) in self.allowed:
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for payload in (pickle.dumps(range(3), 4), pickle.dumps({1}, 2),
                pickle.dumps(Record("ok"), 3), pickle.dumps(print, 4),
                b"cos\nsystem\n(S'echo hi'\ntR."):
    try:
        value = Restricted(io.BytesIO(payload)).load()
        print("loaded", type(value).__name__)
    except pickle.UnpicklingError as exc:
        print("refused:", exc)

copyreg.add_extension("__main__", "Record", 240)
copyreg.add_extension("__main__", "rebuild_point", 0x1234)
copyreg.add_extension("__main__", "Point", 0x123456)
for proto in (1, 2, 4):
    data = pickle.dumps([Record, rebuild_point, Point], proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back[0] is Record, back[1] is rebuild_point, back[2] is Point)
copyreg.remove_extension("__main__", "Record", 240)
copyreg.remove_extension("__main__", "rebuild_point", 0x1234)
copyreg.remove_extension("__main__", "Point", 0x123456)
try:
    pickle.loads(b"\x80\x02\x82\xf0.")
except ValueError as exc:
    print("ValueError:", exc)

# Several pickles in one stream; the Pickler's memo survives between dump() calls.
shared = ["shared"]
stream = io.BytesIO()
pk = pickle.Pickler(stream, 2)
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
pickle.dump({"tail": 1}, stream, 0)
print(stream.getvalue())
stream.seek(0)
up = pickle.Unpickler(stream)
first = up.load()
second = up.load()
third = up.load()
print(first, second is first, third == first, third is first)
print(pickle.load(stream))
try:
    pickle.load(stream)
except EOFError as exc:
    print("EOFError:", exc)

# A file opened in binary mode.
import os
import tempfile
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.pkl")
with open(path, "wb") as fh:
    pickle.dump({"numbers": [1, 2.5, 3j]}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.dump("second", fh)
with open(path, "rb") as fh:
    print(pickle.load(fh), pickle.load(fh))
os.remove(path)
os.rmdir(folder)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1, protocol=-1), pickle.dumps(1, None))
print(pickle.MARK, pickle.STOP, pickle.PROTO, pickle.FRAME, pickle.TRUE, pickle.FALSE)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
print(pickle.loads(b"\x80\x02X\x03\x00\x00\x00abcq\x00.", encoding="latin1", errors="strict"))
