# unittest.mock: Mock/MagicMock call recording, return_value, side_effect, the assert
# methods and their messages, call/ANY/sentinel, spec, patch/patch.object/patch.dict.
import os
import re
from unittest import mock
from unittest.mock import ANY, MagicMock, Mock, NonCallableMock, PropertyMock, call, patch, sentinel


def clean(text):
    return re.sub(r" id='\d+'", "", text)


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", clean(repr(r)))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", clean(str(e)))


m = Mock()
m(1, 2, a=3)
m.foo.bar(5)
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls)
print(m.call_args.args, m.call_args.kwargs, m.method_calls)
print(m.call_args == ((1, 2), {"a": 3}), m.call_args == call(1, 2, a=3))
show("called_with wrong", m.assert_called_with, 1, 2)
show("called_with", m.assert_called_with, 1, 2, a=3)
show("called_once_with", m.assert_called_once_with, 1, 2, a=3)
show("not_called", m.assert_not_called)
show("child called_once", m.foo.bar.assert_called_once)
show("child called", m.foo.baz.assert_called)
show("child called_with", m.foo.baz.assert_called_with, 1)
show("child called_once_with", m.foo.baz.assert_called_once_with, 1)
show("any_call", m.assert_any_call, 9)
show("has_calls", m.assert_has_calls, [call(1, 2, a=3), call.foo.bar(5)])
show("has_calls missing", m.assert_has_calls, [call(1)])
m(7)
show("called_once_with twice", m.assert_called_once_with, 7)
show("called_once twice", m.assert_called_once)
show("has_calls any_order", m.assert_has_calls, [call(7), call(1, 2, a=3)], any_order=True)
show("has_calls order", m.assert_has_calls, [call(7), call(1, 2, a=3)])
show("has_calls any_order missing", m.assert_has_calls, [call(5)], any_order=True)
print(call(1, 2) == call(1, 2), call(1, ANY) == call(1, "x"), repr(ANY), repr(call),
      repr(call.a.b(1, x=2)), call.x(1) == call.x(1), call.x(1) == call.y(1))
print(call(1, a=2).args, call(1, a=2).kwargs, call(1) == ((1,), {}))
print(sentinel.foo, sentinel.foo is sentinel.foo, repr(sentinel.bar),
      sentinel.DEFAULT is mock.DEFAULT)

print(Mock(return_value=5)(), Mock(return_value=5).return_value)
s = Mock(side_effect=[1, 2])
print(s(), s())
show("side_effect exhausted", s)
show("side_effect exception", Mock(side_effect=KeyError("k")))
show("side_effect class", Mock(side_effect=ValueError))
print(Mock(side_effect=lambda x: x * 2)(21))
print(Mock(side_effect=[ValueError("in list"), 3]).side_effect is not None)
both = Mock(side_effect=[ValueError("in list"), 3])
show("iterable exception", both)
print(both())
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_count)

# names in reprs
r = Mock()
print(clean(repr(r)), clean(repr(r.foo)), clean(repr(r.return_value)),
      clean(repr(r.return_value.x.y)), clean(repr(r.foo.return_value.bar)))
r.return_value.x(1)
r.foo.return_value.bar(2, k=3)
r()
print(r.mock_calls)
print(r.method_calls)
print(r.foo.mock_calls)
n = Mock(name="n")
print(clean(repr(n)), clean(repr(n.a)))
n(1)
show("named called_with", n.assert_called_with, 2)


class K:
    x = 1

    def meth(self, a):
        return a


print(clean(repr(Mock(spec=K))), clean(repr(MagicMock())), clean(repr(NonCallableMock())))
show("spec list", getattr, Mock(spec=["a", "b"]), "c")
show("spec class", getattr, Mock(spec=K), "nope")
print(Mock(spec=K).meth is not None, Mock(spec=K).__class__ is K, isinstance(Mock(spec=K), K),
      isinstance(Mock(spec=K), int), isinstance(MagicMock(), Mock))
show("spec_set", setattr, Mock(spec_set=["a"]), "b", 1)
show("non callable", NonCallableMock())
show("typo", getattr, Mock(), "assert_calld_with")

c = Mock()
c.configure_mock(**{"a.return_value": 3, "b": 4})
print(c.a(), c.b)
c.reset_mock()
print(c.called, c.a.call_count, c.a(), c.b)
del c.gone
show("deleted", getattr, c, "gone")
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "kid")
parent.kid(3)
print(parent.mock_calls)

# MagicMock
mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm), mm[0] is mm[1])
mm.__len__.return_value = 3
mm.__getitem__.return_value = "item"
mm.__iter__.return_value = [1, 2]
print(len(mm), mm["x"], list(mm), list(mm))
mm.__contains__.side_effect = lambda x: x == 1
print(1 in mm, 2 in mm)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm == mm, mm != mm, mm == 1)
mm.__eq__.return_value = True
print(mm == 1)
m2 = MagicMock()
len(m2)
m2[1]
m2[2] = 3
print(m2.mock_calls)
print(m2.__len__.call_count, m2.__getitem__.call_args)
print(MagicMock(return_value=3)())
print(hash(mm) == hash(mm))

# PropertyMock
pm = PropertyMock(return_value=3)


class Holder:
    pass


Holder.p = pm
h = Holder()
print(h.p)
h.p = 4
print(pm.mock_calls)

# patch
show("patch missing attr", lambda: patch("collections.OrderedDict.nonexistent_attr_x").start())
show("patch missing module", lambda: patch("nonexistentmod_xyz.x").start())
show("patch no dot", patch, "noDot")
with patch("os.getcwd") as g:
    g.return_value = "/fake"
    print(os.getcwd(), clean(repr(g)))
print(os.getcwd() != "/fake")
with patch("os.getcwd", return_value="/x"):
    print(os.getcwd())
with patch.object(os, "sep", "!"):
    print(os.sep)
print(os.sep)
d = {"a": 1}
with patch.dict(d, {"b": 2}, c=3) as dd:
    print(sorted(d.items()), dd is d)
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict("os.environ", {"TESSERA_UNITTEST_PROBE": "yes"}):
    print(os.environ["TESSERA_UNITTEST_PROBE"])
print("TESSERA_UNITTEST_PROBE" in os.environ)


@patch("os.getcwd")
@patch("os.listdir")
def decorated(first, listdir_mock, getcwd_mock):
    print(first, clean(repr(listdir_mock)), clean(repr(getcwd_mock)))
    return "done"


print(decorated(5))


@patch("os.getcwd", new=lambda: "N")
def with_new():
    return os.getcwd()


print(with_new())


@patch.dict(d, {"z": 26})
def with_dict():
    return sorted(d)


print(with_dict(), sorted(d))


class Target:
    def method(self):
        return 1


with patch.object(Target, "method", return_value=9) as pm2:
    print(Target().method(), pm2.call_count)
print(Target().method())
p = patch.object(Target, "method", return_value=7)
p.start()
print(Target().method())
p.stop()
print(Target().method())


@patch.object(Target, "method")
class Decorated:
    def test_it(self, mocked):
        mocked.return_value = 11
        return Target().method()

    def helper(self):
        return Target().method()


print(Decorated().test_it(), Decorated().helper())
show("patch.object missing", lambda: patch.object(Target, "nope_xyz", 1).start())
with patch.object(Target, "nope_xyz", 1, create=True):
    print(Target.nope_xyz)
print(hasattr(Target, "nope_xyz"))
