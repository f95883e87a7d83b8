# sys.exit with an integer status
import sys
print('doing work')
sys.exit(3)
print('not reached')
