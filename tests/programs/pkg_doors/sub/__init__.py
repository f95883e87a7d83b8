print("init sub", __name__, __package__)
from ..helper import SHARED
from .. import VALUE as PARENT_VALUE
