# argparse: a parse error ends the program for real, with status 2 and the usage and
# error message on stderr (prog comes from sys.argv[0]).
import argparse
import os

os.environ['COLUMNS'] = '80'

parser = argparse.ArgumentParser(description='Counts things.')
parser.add_argument('--count', type=int, default=1, help='how many')
parser.add_argument('name')
print('parsed:', parser.parse_args(['--count', '3', 'widget']))
print('about to fail')
parser.parse_args(['--count', 'many', 'widget'])
print('not reached')
