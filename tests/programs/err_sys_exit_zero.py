# sys.exit() with no argument: exit status 0, no .exit file
import sys
print('exiting cleanly')
sys.exit()
print('not reached')
