"""A package for the import tests."""
print("init pkg_doors", __name__, __package__)
VALUE = "pkg value"
from .helper import helper_fn
from . import helper as _helper_alias
