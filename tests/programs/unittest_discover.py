# unittest: test discovery (TestLoader.discover and main(module=None) with the
# "discover -s DIR -p PATTERN" arguments) over a temporary tree of test modules.
import io
import os
import re
import shutil
import sys
import tempfile
import unittest

root = tempfile.mkdtemp()
files = {
    "test_one.py": """
import unittest
class One(unittest.TestCase):
    def test_a(self): pass
    def test_b(self): self.assertEqual(1, 2)
""",
    "other_check.py": """
import unittest
class Other(unittest.TestCase):
    def test_o(self): pass
""",
    "sub/__init__.py": "",
    "sub/test_two.py": """
import unittest
class Two(unittest.TestCase):
    def test_c(self): pass
""",
    "nopkg/test_hidden.py": """
import unittest
class Hidden(unittest.TestCase):
    def test_h(self): pass
""",
    "test_broken.py": "import nonexistent_module_xyz\n",
    "test-dash.py": "raise SystemExit('not importable')\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def normalized(text):
    text = re.sub(r"in \d+\.\d+s", "in T", text)
    text = text.replace(root, "ROOT")
    return re.sub(r'File "[^"]*?([^/"]+\.py)"', r'File "\1"', text)


def ids(suite):
    found = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            found.extend(ids(item))
        else:
            found.append(item.id())
    return found


try:
    loader = unittest.TestLoader()
    suite = loader.discover(root)
    print(ids(suite))
    print(suite.countTestCases(), len(loader.errors))
    print(loader.errors[0].splitlines()[0])
    print(loader.errors[0].strip().splitlines()[-1])
    print(ids(unittest.TestLoader().discover(root, pattern="other*.py")))
    print(ids(unittest.TestLoader().discover(os.path.join(root, "sub"), top_level_dir=root)))
    try:
        unittest.TestLoader().discover(os.path.join(root, "missing"))
    except ImportError as e:
        print("ImportError:", normalized(str(e)))
    stream = io.StringIO()
    prog = unittest.main(module=None, exit=False,
                         argv=["python -m unittest", "discover", "-s", root, "-p", "test_*.py",
                               "-v"],
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
    out = normalized(stream.getvalue())
    # the import error's traceback runs through the loader's own code: keep its ends
    lines = out.splitlines()
    keep = [l for l in lines if not l.startswith("  ")]
    print("\n".join(keep))
    print(prog.result.testsRun, prog.result.wasSuccessful())
finally:
    shutil.rmtree(root)
    for name in list(sys.modules):
        if name in ("test_one", "other_check", "sub", "sub.test_two"):
            del sys.modules[name]
