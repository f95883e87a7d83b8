# unittest: the assert methods' failure messages (CPython's texts), msg/longMessage,
# maxDiff, assertRaises/assertRaisesRegex/assertWarns forms, ids and descriptions.
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def show(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "-> passed")
    except AssertionError as e:
        print(label, "-> AssertionError:")
        for line in str(e).split("\n"):
            print("   |" + line)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


show("true", t.assertTrue, 0)
show("true msg", t.assertTrue, [], "context")
show("false", t.assertFalse, [1])
show("eq int", t.assertEqual, 1, 2)
show("eq msg", t.assertEqual, 1, 2, msg="hello")
show("eq mixed", t.assertEqual, 1.5, "1.5")
show("eq ok", t.assertEqual, [1, 2], [1, 2])
show("ne", t.assertNotEqual, "a", "a")
show("is", t.assertIs, 1, None)
show("isnot", t.assertIsNot, None, None)
show("isnone", t.assertIsNone, 3)
show("isnotnone", t.assertIsNotNone, None)
show("in", t.assertIn, 3, [1, 2])
show("notin", t.assertNotIn, 1, (1, 2))
show("isinstance", t.assertIsInstance, 1, str)
show("isinstance tuple", t.assertIsInstance, 1, (str, list))
show("notisinstance", t.assertNotIsInstance, 1, int)
show("greater", t.assertGreater, 1, 2)
show("greaterequal", t.assertGreaterEqual, 1, 2)
show("less", t.assertLess, 2, 1)
show("lessequal", t.assertLessEqual, 2, 1)
show("almost", t.assertAlmostEqual, 1.0, 1.1)
show("almost places", t.assertAlmostEqual, 1.0, 1.1, places=3)
show("almost ok", t.assertAlmostEqual, 1.00000001, 1.0)
show("almost delta", t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show("almost both", t.assertAlmostEqual, 1.0, 1.5, delta=0.1, places=2)
show("notalmost", t.assertNotAlmostEqual, 1.0, 1.0)
show("notalmost delta", t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
show("regex", t.assertRegex, "abc", "x+")
show("notregex", t.assertNotRegex, "abc", "b")
show("count", t.assertCountEqual, [1, 1, 2], [1, 2, 2])
show("count ok", t.assertCountEqual, [3, 1, 2], [2, 1, 3])
show("count unhashable", t.assertCountEqual, [[1], 2], [2, [3]])
show("fail", t.fail)
show("fail msg", t.fail, "explicit")
show("lists", t.assertEqual, [1, 2], [1, 3])
show("lists longer", t.assertEqual, [1, 2, 3], [1, 2])
show("lists shorter", t.assertEqual, [], [1])
show("tuples", t.assertEqual, (1, 2), (1, 2, 3), "custom")
show("list vs tuple", t.assertListEqual, [1], (1,))
show("sequence", t.assertSequenceEqual, [1], (1,))
show("sequence diff", t.assertSequenceEqual, "abc", "abd")
show("dicts", t.assertEqual, {"a": 1}, {"a": 2})
show("dicts nested", t.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 4})
show("dict type", t.assertDictEqual, {1: 2}, [])
show("sets", t.assertEqual, {1, 2}, {2, 3})
show("frozensets", t.assertEqual, frozenset({1}), frozenset())
show("set type", t.assertSetEqual, {1}, [])
show("strings", t.assertEqual, "abc", "abd")
show("multiline", t.assertEqual, "abc\ndef\n", "abc\nxyz\n")
show("multiline type", t.assertMultiLineEqual, "a", 1)
show("long strings", t.assertEqual, "a" * 100, "a" * 99 + "b")
show("long lists", t.assertEqual, list(range(100)), list(range(99)) + [7])
show("long dict", t.assertEqual, {i: str(i) * 3 for i in range(12)},
     {i: str(i) * 3 for i in range(1, 13)})

t.maxDiff = None
show("long lists maxDiff=None", t.assertEqual, list(range(30)), list(range(29)) + [7])
t.maxDiff = 640
t.longMessage = False
show("longMessage off", t.assertEqual, 1, 2, "only this")
show("longMessage off no msg", t.assertEqual, 1, 2)
t.longMessage = True


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Point({})".format(self.x)


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or "points differ: {} vs {}".format(a.x, b.x))


t.addTypeEqualityFunc(Point, point_equal)
show("type equality func", t.assertEqual, Point(1), Point(2))
show("type equality func ok", t.assertEqual, Point(1), Point(1))

# assertRaises, both forms
show("raises callable", t.assertRaises, ValueError, int, "x")
show("raises not raised", t.assertRaises, ValueError, int, "1")
show("raises other", t.assertRaises, ValueError, lambda: 1 / 0)
show("raises bad type", t.assertRaises, 3, int, "1")
with t.assertRaises(KeyError) as cm:
    {}["k"]
print("exception:", repr(cm.exception), cm.exception.args)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("cm not raised:", e)
try:
    with t.assertRaises((KeyError, IndexError), msg="tuple"):
        pass
except AssertionError as e:
    print("cm tuple:", e)
try:
    with t.assertRaises(KeyError, bogus=1):
        pass
except TypeError as e:
    print("cm bad kw:", e)
show("raisesregex ok", t.assertRaisesRegex, ValueError, "invalid literal", int, "x")
show("raisesregex mismatch", t.assertRaisesRegex, ValueError, "foo", int, "x")
with t.assertRaisesRegex(ZeroDivisionError, r"division") as cm:
    1 / 0
print("regex exception:", cm.exception)


def warns():
    warnings.warn("careful now", UserWarning)


show("warns ok", t.assertWarns, UserWarning, warns)
show("warns missing", t.assertWarns, DeprecationWarning, lambda: None)
with t.assertWarns(UserWarning) as wcm:
    warns()
print("warning:", wcm.warning)
show("warnsregex mismatch", t.assertWarnsRegex, UserWarning, "nope", warns)

# identity of tests


class Named(unittest.TestCase):
    def test_doc(self):
        """First line of the doc.

        More text."""

    def test_plain(self):
        pass


a = Named("test_doc")
b = Named("test_plain")
print(a.id(), "|", str(a), "|", repr(a))
print(a.shortDescription(), "|", b.shortDescription())
print(a == Named("test_doc"), a == b, hash(a) == hash(Named("test_doc")))
print(a.countTestCases(), type(a.defaultTestResult()).__name__)
try:
    Named("test_missing")
except ValueError as e:
    print("ValueError:", str(e).replace("__main__.", ""))
print(Probe().id())
print(unittest.TestCase.failureException, unittest.TestCase.maxDiff, unittest.TestCase.longMessage)


@unittest.skip("because")
def skipped_func():
    pass


print(skipped_func.__unittest_skip__, skipped_func.__unittest_skip_why__)
try:
    skipped_func()
except unittest.SkipTest as e:
    print("SkipTest:", e)
print(unittest.skipIf(False, "no")(len) is len, unittest.skipUnless(True, "no")(len) is len)
print(unittest.expectedFailure(lambda: 0).__unittest_expecting_failure__)
try:
    t.skipTest("by hand")
except unittest.SkipTest as e:
    print("skipTest:", e)
