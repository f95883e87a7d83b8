# unittest: main() with argv (test names, -v, -q, -k), exit=False, defaultTest, and a
# runner writing to stdout; the result object; main() exiting 0 when all pass.
import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn("x", "abc")

    def test_three(self):
        pass


class Beta(unittest.TestCase):
    def test_four(self):
        pass


def run(**kwargs):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop("verbosity", 1))
    prog = unittest.main(exit=False, testRunner=runner, **kwargs)
    text = re.sub(r"in \d+\.\d+s", "in T", stream.getvalue())
    text = re.sub(r'File "[^"]*?([^/"]+\.py)"', r'File "\1"', text)
    print(text, end="")
    r = prog.result
    print("=> run", r.testsRun, "failures", len(r.failures), "ok", r.wasSuccessful())
    print("-" * 10)


run(argv=["prog"])
run(argv=["prog", "Alpha.test_one", "Beta"], verbosity=2)
run(argv=["prog", "-k", "two"])
run(argv=["prog", "-k", "*_t*"])
run(argv=["prog"], defaultTest="Beta")
run(argv=["prog"], defaultTest=["Alpha.test_three", "Beta.test_four"])
# -v and -q on the command line set the verbosity of the runner main() makes
out = io.StringIO()
old = sys.stderr
sys.stderr = out
try:
    unittest.main(argv=["prog", "-v", "Beta"], exit=False)
    unittest.main(argv=["prog", "-q", "Beta"], exit=False)
finally:
    sys.stderr = old
print(re.sub(r"in \d+\.\d+s", "in T", out.getvalue()), end="")
print("-" * 10)
try:
    unittest.main(argv=["prog", "Beta"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)
try:
    unittest.main(argv=["prog", "Alpha"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)
