# sys.stdin read by line, by iteration and whole; mixed with input().
import sys

print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if count == 2:
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), sys.stdin.readlines())
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.writable(), sys.stdin.fileno(), sys.stderr.fileno())
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__ in ("OSError", "UnsupportedOperation"), e)
