# unittest: fixture order (setUp/tearDown, cleanups, setUpClass/tearDownClass,
# setUpModule/tearDownModule, class cleanups), fixture errors in the report, the
# loader (names, prefixes, sorting, patterns, names and modules) and TestResult.
import io
import re
import sys
import unittest

log = []


def normalized(text):
    text = re.sub(r"in \d+\.\d+s", "in T", text)
    return re.sub(r'File "[^"]*?([^/"]+\.py)"', r'File "\1"', text)


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("First.setUpClass")
        cls.addClassCleanup(log.append, "First class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("First.tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        log.append("test_b")

    def test_a(self):
        log.append("test_a")
        self.fail("a fails")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("BrokenClass.setUpClass")
        raise RuntimeError("class setup broke")

    @classmethod
    def tearDownClass(cls):
        log.append("never called")

    def test_x(self):
        log.append("never run")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(self.bad_cleanup)
        raise OSError("setup broke")

    def bad_cleanup(self):
        log.append("bad_cleanup runs")
        raise ValueError("cleanup broke")

    def tearDown(self):
        log.append("never torn down")

    def test_y(self):
        log.append("never run")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise TypeError("teardown broke")

    def test_z(self):
        log.append("test_z")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("never: skipped class setUpClass")

    def test_w(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("not here")

    def test_v(self):
        pass


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown broke")

    def test_u(self):
        log.append("test_u")


loader = unittest.TestLoader()
suite = loader.loadTestsFromModule(sys.modules[__name__])
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(normalized(stream.getvalue()), end="")
for entry in log:
    print("  log:", entry)
print(result.testsRun, len(result.errors), len(result.failures), len(result.skipped))
print([str(t) for t, _ in result.errors])
print([(str(t), r) for t, r in result.skipped])

# -- the loader ---------------------------------------------------------------


class Names(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    def check_d(self):
        pass

    test_not_callable = 3


print(loader.getTestCaseNames(Names))
reverse = unittest.TestLoader()
reverse.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(reverse.getTestCaseNames(Names))
unsorted = unittest.TestLoader()
unsorted.sortTestMethodsUsing = None
print(sorted(unsorted.getTestCaseNames(Names)))
prefixed = unittest.TestLoader()
prefixed.testMethodPrefix = "check"
print(prefixed.getTestCaseNames(Names))
print([t.id() for t in prefixed.loadTestsFromTestCase(Names)])
patterned = unittest.TestLoader()
patterned.testNamePatterns = ["*_a"]
print(patterned.getTestCaseNames(Names))
print([t.id() for t in loader.loadTestsFromName("Names.test_a", sys.modules[__name__])])
print([t.id() for t in loader.loadTestsFromName("Names", sys.modules[__name__])])
print([[t.id() for t in s] for s in
       loader.loadTestsFromNames(["Names.test_b", "First.test_a"], sys.modules[__name__])])
bad = loader.loadTestsFromName("Nope", sys.modules[__name__])
failed = list(bad)[0]
print(failed.id())
r = unittest.TestResult()
bad.run(r)
print(len(r.errors), r.errors[0][1].strip().splitlines()[-1])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)


class RunTestOnly(unittest.TestCase):
    def runTest(self):
        pass


print([t.id() for t in loader.loadTestsFromTestCase(RunTestOnly)])

# -- suites and results ----------------------------------------------------------

s = unittest.TestSuite([Names("test_a"), Names("test_b")])
s.addTest(Names("check_c"))
s.addTests([First("test_b")])
print(s.countTestCases(), [t.id() for t in s])
try:
    s.addTest(5)
except TypeError as e:
    print("TypeError:", e)
try:
    s.addTest(Names)
except TypeError as e:
    print("TypeError:", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
plain = unittest.TestResult()
print(plain.testsRun, plain.shouldStop, plain.wasSuccessful(), repr(plain))
Names("test_a").run(plain)
print(plain.testsRun, plain.wasSuccessful())
own = Names("test_b").run()
print(type(own).__name__, own.testsRun)

# failfast stops the run
class Stops(unittest.TestCase):
    def test_1(self):
        self.fail("first")

    def test_2(self):
        print("never runs")


stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, failfast=True).run(loader.loadTestsFromTestCase(Stops))
print(r.testsRun, r.shouldStop, len(r.failures))

# FunctionTestCase
def plain_check():
    """A plain function test."""
    assert 1 + 1 == 2


ft = unittest.FunctionTestCase(plain_check)
print(str(ft), ft.id(), ft.shortDescription())
r = unittest.TestResult()
ft.run(r)
print(r.testsRun, r.wasSuccessful())
