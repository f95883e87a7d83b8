# failing imports
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_does_not_exist
except ImportError as e:
    print('ImportError catches it too:', type(e).__name__)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from mod_shapes import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'missing_name' from 'mod_shapes'"))
import mod_shapes
print('mod_shapes still importable', mod_shapes.PI)
