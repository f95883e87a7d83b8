# from-imports
from mod_shapes import Circle, area_square, PI
from mod_shapes import Square as Sq
print(PI, area_square(5), Circle(1), Sq(2).area())
from mod_shapes import *
print(Square(7).area())
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
try:
    module_name
except NameError as e:
    print('not in __all__:', type(e).__name__, e)
from mod_shapes import _private
print(_private)
try:
    from mod_shapes import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
def local_import():
    from mod_shapes import area_square as sq
    return sq(9)
print(local_import())
