print("init leaf", __name__, __package__)
from . import sibling
from .sibling import WHO
from ...pkg_doors import helper  # noqa: a relative import past the package is an error
