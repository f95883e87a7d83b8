from .sibling import WHO
from ..helper import helper_fn
RESULT = helper_fn(WHO)
