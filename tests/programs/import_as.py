# import ... as ..., and a module that imports another module
import mod_util as mu
from mod_util import helper as h, VERSION as V
import mod_shapes as shapes
print(mu.helper(1), h(2), V, mu.VERSION is V)
print(mu.total_area([shapes.Circle(1), shapes.Square(2)]), mu.square_of(6))
print(mu.mod_shapes is shapes, mu.__name__, shapes.__name__)
import mod_util
print(mod_util is mu)
