# built-in exception hierarchy
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (ValueError, Exception), (UnicodeDecodeError, ValueError), (UnicodeError, ValueError),
    (TypeError, Exception), (NameError, Exception), (UnboundLocalError, NameError),
    (AttributeError, Exception), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (AssertionError, Exception), (FileNotFoundError, OSError),
    (KeyError, Exception), (bool, int), (ModuleNotFoundError, ImportError), (StopAsyncIteration, Exception),
]
for sub, sup in pairs:
    print(f'{sub.__name__:20} <= {sup.__name__:16}', issubclass(sub, sup))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
print([c.__name__ for c in RecursionError.__mro__])
print(ZeroDivisionError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
e = KeyError('k')
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, ValueError))
