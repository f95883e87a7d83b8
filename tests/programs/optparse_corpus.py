# optparse: one parser definition, many argument vectors. Prints the values and leftover
# arguments of each, or the error text and exit status (stderr goes to stdout here).
import os
import sys

os.environ['COLUMNS'] = '80'
sys.stderr = sys.stdout

from optparse import OptionParser, OptionGroup


def make_parser(interspersed=True):
    p = OptionParser(prog='tool', version='%prog 2.5')
    p.add_option('-v', '--verbose', action='count', dest='verbosity', default=0)
    p.add_option('-q', '--quiet', action='store_const', const=0, dest='verbosity')
    p.add_option('-o', '--output', metavar='FILE', default='out.txt')
    p.add_option('-n', '--number', type='int', default='7')
    p.add_option('-f', '--factor', type='float')
    p.add_option('-z', type='complex')
    p.add_option('-L', '--long-value', type='long')
    p.add_option('-m', '--mode', type='choice', choices=['fast', 'slow', 'auto'])
    p.add_option('-I', '--include', action='append', dest='includes')
    p.add_option('-D', action='append_const', const='debug', dest='flags')
    p.add_option('-W', action='append_const', const='warn', dest='flags')
    p.add_option('-x', '--execute', action='store_true')
    p.add_option('-X', '--no-execute', action='store_false', dest='execute')
    p.add_option('-p', '--point', nargs=2, type='int')
    p.add_option('--pair', nargs=2)
    p.add_option('--color', '--colour', dest='color')
    p.add_option('--verify', action='store_true')
    p.add_option('--version-check', action='store_true')
    g = OptionGroup(p, 'Extras')
    g.add_option('-e', '--extra', default=None)
    g.add_option('--extra-flag', action='store_true')
    p.add_option_group(g)
    if not interspersed:
        p.disable_interspersed_args()
    return p


VECTORS = [
    [],
    ['file1', 'file2'],
    ['-v', '-v', '-v'],
    ['-vvv', 'x'],
    ['-vq'],
    ['-v', '--quiet', '-v'],
    ['--verbose', '--verb', '--verbo'],
    ['-o', 'a.txt'],
    ['-oa.txt'],
    ['--output', 'b.txt'],
    ['--output=c.txt'],
    ['--out=d.txt', '--outp', 'e.txt'],
    ['--output='],
    ['-o', '-v'],
    ['-o'],
    ['--output'],
    ['-n', '42'],
    ['-n42'],
    ['-n', '0x1F'],
    ['-n', '0b101'],
    ['-n', '017'],
    ['-n', '0o17'],
    ['-n', '-5'],
    ['-n', '08'],
    ['-n', '1.5'],
    ['-n', 'abc'],
    ['-n', ''],
    ['--number=12', '-n', '13'],
    ['-f', '2.5'],
    ['-f', '1e3'],
    ['-f', 'inf'],
    ['-f', 'x'],
    ['-z', '1+2j'],
    ['-z', 'j'],
    ['-z', 'nope'],
    ['-L', '123456789012345678901234567890'],
    ['-L', 'q'],
    ['-m', 'fast'],
    ['--mode=slow'],
    ['-m', 'medium'],
    ['-m', 'FAST'],
    ['-I', 'a', '-I', 'b', '--include=c', '--inc', 'd'],
    ['-D', '-W', '-D'],
    ['-DWD'],
    ['-x'],
    ['-x', '-X'],
    ['--no-execute', '--execute'],
    ['-p', '1', '2'],
    ['-p', '1'],
    ['-p1', '2', 'rest'],
    ['-p', '1', 'two'],
    ['--point', '3', '4', '--point=5', '6'],
    ['--pair', 'a', 'b', 'c'],
    ['--pair=a', 'b'],
    ['--pair', 'a'],
    ['--color', 'red'],
    ['--colour', 'blue'],
    ['--col', 'green'],
    ['--co', 'green'],
    ['--ver'],
    ['--verif'],
    ['--version-'],
    ['--e', 'x'],
    ['--ext', 'x'],
    ['--extra=1', '--extra-f'],
    ['-e', 'E', '--extra-flag'],
    ['--nope'],
    ['-k'],
    ['-vk'],
    ['--verbose=3'],
    ['--execute=yes'],
    ['--', '-v', '--output'],
    ['a', '--', 'b', '-v'],
    ['a', '-v', 'b', '-o', 'O', 'c'],
    ['-', '-v'],
    ['-v', '-', '--', '--'],
    ['---v'],
    ['-v', '---'],
    ['--=x'],
]

for interspersed in (True, False):
    print('== interspersed' if interspersed else '== not interspersed')
    for argv in VECTORS if interspersed else VECTORS[:3] + VECTORS[-9:]:
        parser = make_parser(interspersed)
        print(argv)
        try:
            values, args = parser.parse_args(argv)
        except SystemExit as exc:
            print('  exit', exc.code)
            continue
        shown = {k: v for k, v in sorted(vars(values).items()) if v is not None}
        print('  ', shown, args)

# The help and version actions exit with status 0.
for argv in (['--version'], ['-h'], ['--help', '-v'], ['-v', '--he'], ['--vers', '-n', 'bad']):
    print(argv)
    try:
        make_parser().parse_args(argv)
    except SystemExit as exc:
        print('  exit', exc.code)
