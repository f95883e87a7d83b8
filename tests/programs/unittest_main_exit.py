# unittest: main() runs this module's tests, reports on stderr and exits with status 1
# when a test fails (the last stderr line is the summary).
import unittest


class Arithmetic(unittest.TestCase):
    def test_add(self):
        print("test_add runs")
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        print("test_wrong runs")
        self.assertEqual(2 * 2, 5)

    @unittest.skip("later")
    def test_skipped(self):
        print("never printed")


if __name__ == "__main__":
    unittest.main()
