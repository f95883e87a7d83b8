# sys module basics
import sys
print(len(sys.argv), sys.argv[0].endswith('sys_basics.py'), type(sys.argv).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info[0] == 3)
print(sys.version_info >= (3, 8), sys.version_info < (4,))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
n = sys.stdout.write('written via sys.stdout.write\n')
print('write returned', n)
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
print('stderr.write returned', sys.stderr.write('to stderr\n'))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
try:
    sys.exit('text')
except SystemExit as e:
    print('caught SystemExit with code', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('caught SystemExit with code', e.code)
print('still running')
