# pickle: error paths on both sides, with CPython's exception types and messages
# (messages that contain object addresses are printed with the address removed).
import copyreg
import io
import pickle
import re


def report(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        text = re.sub(r" at 0x[0-9a-fA-F]+", " at ADDR", str(exc))
        print(label, "->", type(exc).__name__ + ":", text)
    else:
        print(label, "=>", repr(result))


def local_things():
    class Local:
        pass

    def helper():
        pass

    return Local, helper


Local, helper = local_things()
anonymous = lambda: 0


class R:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


not_the_same = R("R")


class Wrong:
    def __reduce__(self):
        return (copyreg.__newobj__, (int, 5))


class GetNewArgsList:
    def __getnewargs__(self):
        return [1]


class GetNewArgsExBad:
    def __init__(self, rv):
        self.rv = rv

    def __getnewargs_ex__(self):
        return self.rv


class Slots:
    __slots__ = ("a",)


print("--- pickling")
report("lambda", lambda: pickle.dumps(anonymous))
report("local class", lambda: pickle.dumps(Local))
report("local function", lambda: pickle.dumps(helper, 0))
report("local instance", lambda: pickle.dumps(Local()))
report("generator", lambda: pickle.dumps(x for x in ()))
report("module", lambda: pickle.dumps(re))
report("protocol 6", lambda: pickle.dumps(1, 6))
report("protocol str", lambda: pickle.dumps(1, "2"))
report("no write", lambda: pickle.Pickler(object()))
report("reduce int", lambda: pickle.dumps(R(5)))
report("reduce 1-tuple", lambda: pickle.dumps(R((1,))))
report("reduce 7-tuple", lambda: pickle.dumps(R((1, 2, 3, 4, 5, 6, 7))))
report("reduce not callable", lambda: pickle.dumps(R((5, ()))))
report("reduce args list", lambda: pickle.dumps(R((R, [1]))))
report("reduce listitems", lambda: pickle.dumps(R((R, (1,), None, 5))))
report("reduce dictitems", lambda: pickle.dumps(R((R, (1,), None, None, [1]))))
report("reduce setter", lambda: pickle.dumps(R((R, (1,), {}, None, None, 3))))
report("reduce name missing", lambda: pickle.dumps(R("nosuch")))
report("reduce not same", lambda: pickle.dumps(not_the_same))
report("newobj wrong class", lambda: pickle.dumps(Wrong(), 2))
report("newobj empty", lambda: pickle.dumps(R((copyreg.__newobj__, ())), 2))
report("newobj not type", lambda: pickle.dumps(R((copyreg.__newobj__, (5,))), 2))
report("newobj_ex arity", lambda: pickle.dumps(R((copyreg.__newobj_ex__, (R, ()))), 4))
report("getnewargs list", lambda: pickle.dumps(GetNewArgsList(), 2))
report("getnewargs_ex list", lambda: pickle.dumps(GetNewArgsExBad([1]), 2))
report("getnewargs_ex len", lambda: pickle.dumps(GetNewArgsExBad((1, 2, 3)), 2))
report("getnewargs_ex args", lambda: pickle.dumps(GetNewArgsExBad(([], {})), 2))
report("getnewargs_ex kwargs", lambda: pickle.dumps(GetNewArgsExBad(((), [])), 2))
report("slots proto 0", lambda: pickle.dumps(Slots(), 0))
report("slots proto 1", lambda: pickle.dumps(Slots(), 1))


class AsciiPid(pickle.Pickler):
    def persistent_id(self, obj):
        return "\u00e9" if obj == "x" else None


out = io.BytesIO()
report("non-ascii pid", lambda: AsciiPid(out, 0).dump(["x"]))
print("nothing written:", out.getvalue())

print("--- unpickling")
for data in [b"", b"N", b"\xff", b"z.", b"\x80\x06N.", b".", b"a.", b"0.", b"t.", b"(t",
             b"1.", b"h\x05.", b"g5\n.", b"p-1\n.", b"Q.", b"(Q.", b"Pabc\n.",
             b"cbuiltins\nlen", b"\x80\x04\x95\x10\x00\x00", b"\x8b\xff\xff\xff\xff.",
             b"\x8a\x02\x01", b"\x80\x04K\x01K\x02\x93.", b"N)\x81.", b"K\x01N\x92.",
             b"\x97.", b"\x98.", b"K\x01}b.", b"]K\x01s.", b"N]\x90.", b"I1x\n.",
             b"X\x05\x00\x00\x00ab.", b"Sabc\n.", b"U\x03\xe9bc.", b"\x82\x01.", b"N\x87.",
             b"(N\x91\x95.", b"K\x01)R.", b"cnosuchmodule\nx\n.", b"N.trailing",
             b"K\x01K\x02.", b"I01\n.", b"I00\n.", b"L12\n.", b"L12L\n.", b"Fnan\n."]:
    report(repr(data), lambda: pickle.loads(data))
report("str input", lambda: pickle.loads("N."))
report("no read", lambda: pickle.Unpickler(object()))
report("builtins attr", lambda: pickle.loads(b"cbuiltins\nnosuch\n."))
report("dotted attr", lambda: pickle.loads(b"\x80\x04\x8c\x08builtins\x94\x8c\x07no.such\x94\x93\x94."))
report("py2 name fixed", lambda: pickle.loads(b"c__builtin__\nunicode\n."))
report("py2 name unfixed", lambda: pickle.loads(b"c__builtin__\nunicode\n.", fix_imports=False))
report("encoding ascii", lambda: pickle.loads(b"U\x03\xe9bc."))
report("encoding latin1", lambda: pickle.loads(b"U\x03\xe9bc.", encoding="latin1"))
report("encoding bytes", lambda: pickle.loads(b"U\x03\xe9bc.", encoding="bytes"))
report("errors replace", lambda: pickle.loads(b"U\x03\xe9bc.", errors="replace"))
