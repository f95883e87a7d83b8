# input() reads a replaced sys.stdin and prompts on a replaced sys.stdout.
import io
import sys

saved_in, saved_out = sys.stdin, sys.stdout
sys.stdin = io.StringIO("first\nsecond\r\nlast")
captured = io.StringIO()
sys.stdout = captured
try:
    a = input("prompt> ")
    b = input()
    c = input("? ")
    try:
        input()
    except EOFError as e:
        eof = "EOFError: %s" % e
finally:
    sys.stdin, sys.stdout = saved_in, saved_out
print(repr(a), repr(b), repr(c), eof)
print(repr(captured.getvalue()))


class Lines:
    def __init__(self):
        self.lines = ["x\n", 42]

    def readline(self):
        return self.lines.pop(0)


sys.stdin = Lines()
print(input())
try:
    input()
except TypeError as e:
    print(type(e).__name__, e)
sys.stdin = saved_in
print(repr(input("from the real stdin: ")))
