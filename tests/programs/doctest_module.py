"""doctest: testmod, run_docstring_examples, option flags and the failure report.

>>> 1 + 1
2
"""


def add(a, b):
    """Add.

    >>> add(1, 2)
    3
    >>> add("a", "b")
    'ab'
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    >>> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]  # doctest: +ELLIPSIS
    [1, 2, ..., 10]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> 1/0
    Traceback (most recent call last):
      ...
    ZeroDivisionError: division by zero
    >>> raise ValueError("multi")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other
    >>> x = 5
    >>> x
    5
    """
    return a + b


def bad(n):
    """Failing examples.

    >>> bad(2)
    5
    >>> bad(0)
    >>> print("")
    >>> None
    1
    >>> undefined_name
    3
    """
    return n * 2


class K:
    """Class doc.

    >>> K().m()
    'm'
    """

    def m(self):
        """
        >>> K().m()
        'm'
        """
        return "m"

    @staticmethod
    def s():
        """>>> K.s()
        7
        """
        return 7

    @property
    def p(self):
        """>>> K().p
        1
        """
        return 1


def nodoc():
    pass


def run(label, fn, *args, **kwargs):
    """Runs fn with stdout captured; the report's file path and CPython's own frame
    (doctest.py's line, which names where CPython is installed) are left out."""
    import io
    import sys
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.stdout = old
    text = buf.getvalue().replace(__file__, "FILE")
    lines = text.split("\n")
    keep = []
    skip = False
    for line in lines:
        if skip:
            skip = False
            continue
        if "doctest.py" in line and "in __run" in line:
            skip = True
            continue
        keep.append(line)
    print("==", label)
    print("\n".join(keep), end="")
    print("->", result)


if __name__ == "__main__":
    import doctest
    run("testmod", doctest.testmod)
    run("verbose", doctest.testmod, verbose=True)
    run("flags", doctest.testmod, optionflags=doctest.ELLIPSIS, report=False)
    run("add", doctest.run_docstring_examples, add, {"add": add})
    run("bad", doctest.run_docstring_examples, bad, {"bad": bad}, name="bad_examples")
    parser = doctest.DocTestParser()
    examples = parser.get_examples(">>> a = 1\n>>> a\n1\n")
    print([(e.source, e.want, e.lineno) for e in examples])
    for text in [">>>x", ">>> f(\n  ... 1)", ">>> 1  # doctest: +NOPE\n1"]:
        try:
            parser.get_examples(text, "t")
        except ValueError as e:
            print(type(e).__name__, e)
    checker = doctest.OutputChecker()
    print(checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS),
          checker.check_output("1\n", "True\n", 0),
          checker.check_output("a b\n", "a  b\n", 0))
