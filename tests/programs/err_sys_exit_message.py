# sys.exit with a string: message goes to stderr, status 1
import sys
print('validating input')
sys.exit('fatal: configuration missing')
