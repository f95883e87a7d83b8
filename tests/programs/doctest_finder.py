# doctest: which objects the finder visits (nested classes, decorated and wrapped
# functions, classmethods, __test__) and the line numbers its report gives.
import functools


class Outer:
    """
    >>> 1
    2
    """

    class Inner:
        """
        >>> 'inner'
        'x'
        """

    @functools.lru_cache(maxsize=None)
    def cached(self, n):
        """
        >>> Outer().cached(2)
        3
        """
        return n

    @classmethod
    def cm(cls):
        '''>>> Outer.cm()
        0
        '''
        return 1


def gen():
    """Yields.

    >>> list(gen())
    [1, 2]
    >>> print("a\\n   b")   # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> x = [1,
    ...      2]
    >>> x
    [1, 3]
    """
    yield 1
    yield 2


__test__ = {"extra": """
>>> 1 + 1
3
"""}

def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
def g(x):
    """
    >>> g(1)
    2
    """
    return x


if __name__ == "__main__":
    import doctest
    import io
    import sys

    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = doctest.testmod()
    finally:
        sys.stdout = saved
    print(buf.getvalue().replace(__file__, "FILE"), end="")
    print(result)
    finder = doctest.DocTestFinder()
    print([(t.name, len(t.examples)) for t in finder.find(sys.modules[__name__])])
