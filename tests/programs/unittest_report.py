# unittest: TextTestRunner's report at verbosity 0, 1 and 2 (dots, "... ok" lines,
# FAIL/ERROR sections with tracebacks, subtests, skips, expected failures, summary).
# The run time and the absolute path of this file vary, so they are normalized.
import io
import re
import unittest


def normalized(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", lambda m: m.group(0).split(" in ")[0] + " in T", text)
    return re.sub(r'File "[^"]*?([^/"]+\.py)"', r'File "\1"', text)


class Mixed(unittest.TestCase):
    def test_a_list(self):
        self.assertEqual([1, 2], [1, 3])

    def test_b_error(self):
        raise ValueError("boom")

    @unittest.skip("not today")
    def test_c_skip(self):
        pass

    @unittest.expectedFailure
    def test_d_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_e_xpass(self):
        pass

    def test_f_subtests(self):
        """Checks several values.

        The rest of the doc is not shown."""
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

    def test_g_dict(self):
        self.assertEqual({"a": 1}, {"a": 2})

    def test_h_text(self):
        self.assertEqual("abc\ndef\n", "abc\nxyz\n")

    def test_i_msg(self):
        self.assertEqual((1, 2), (1, 2, 3), "custom")

    def test_j_helper(self):
        helper(self)

    def test_k_ok(self):
        pass

    def test_l_chained(self):
        try:
            raise KeyError("missing")
        except KeyError:
            raise RuntimeError("while handling")

    def test_m_cause(self):
        try:
            int("x")
        except ValueError as e:
            raise LookupError("wrapped") from e

    def test_n_skiptest(self):
        self.skipTest("skipped inside")


def helper(case):
    case.assertIn("z", "abc")


class Subtests(unittest.TestCase):
    def test_after(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
        self.fail("after")

    def test_kinds(self):
        with self.subTest("msg", a=1):
            raise KeyError(3)
        with self.subTest():
            self.skipTest("inner skip")

    def test_pass(self):
        with self.subTest(i=1):
            pass

    def test_nested(self):
        with self.subTest(a=1):
            with self.subTest(b=2):
                self.assertEqual(1, 0)

    def test_only_skip(self):
        with self.subTest(i=1):
            self.skipTest("sk")


def run(case_class, verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(case_class)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(normalized(stream.getvalue()), end="")
    print("-> run={} failures={} errors={} skipped={} xfail={} xpass={} ok={}".format(
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        len(result.expectedFailures), len(result.unexpectedSuccesses),
        result.wasSuccessful()))
    print("#" * 20)


for v in (2, 1, 0):
    run(Mixed, v)
for v in (2, 1):
    run(Subtests, v)


class AllGood(unittest.TestCase):
    def test_one(self):
        pass

    @unittest.skip("x")
    def test_two(self):
        pass


run(AllGood, 1)
run(AllGood, 2)
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(unittest.TestSuite())
print(normalized(stream.getvalue()), end="")
print(repr(r))
print(r.failures, r.errors, r.skipped)
