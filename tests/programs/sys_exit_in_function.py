# sys.exit(0) deep inside calls ends the program with status 0; finally blocks run
import sys
def inner():
    try:
        print('about to exit')
        sys.exit(0)
    finally:
        print('finally runs during SystemExit')
def outer():
    try:
        inner()
    except Exception:
        print('Exception does not catch SystemExit')
outer()
print('never printed')
