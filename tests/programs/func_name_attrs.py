# function attributes
def documented(a, b=1):
    """Docstring here."""
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__)
print((lambda: 0).__name__, len.__name__, print.__name__, str.upper.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class K:
    def method(self):
        pass
    @staticmethod
    def smethod():
        pass
print(K.method.__name__, K.method.__qualname__, K.smethod.__name__, K().method.__name__)
documented.custom = 'attached'
print(documented.custom, hasattr(documented, 'custom'), getattr(documented, 'missing', 'dflt'))
def renamed():
    pass
renamed.__name__ = 'new_name'
print(renamed.__name__)
print(documented.__module__, outer.__module__)
def nodoc():
    pass
print(nodoc.__doc__)
