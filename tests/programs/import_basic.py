# import a sibling module
import mod_shapes
print(mod_shapes.PI, mod_shapes.area_square(4))
c = mod_shapes.Circle(2)
s = mod_shapes.Square(3)
print(c, s, c.area(), s.area())
print(mod_shapes.module_name(), mod_shapes.__name__, __name__)
print(type(mod_shapes).__name__, hasattr(mod_shapes, 'Circle'), hasattr(mod_shapes, 'nothing'))
print(isinstance(c, mod_shapes.Circle), type(c).__name__)
mod_shapes.PI = 3
print(mod_shapes.Circle(1).area())
try:
    mod_shapes.undefined_thing
except AttributeError as e:
    print(type(e).__name__, e)
