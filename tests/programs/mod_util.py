# helper module with a dependency on another helper module
import mod_shapes

VERSION = (1, 2)

def helper(x):
    return f'helper({x})'

def total_area(shapes):
    return round(sum(s.area() for s in shapes), 3)

def square_of(n):
    return mod_shapes.area_square(n)

if __name__ == '__main__':
    print('mod_util run directly (never happens in tests)')
