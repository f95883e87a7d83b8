# exception args and str/repr
e = ValueError('msg', 42)
print(e.args, str(e), repr(e), len(e.args))
e0 = ValueError()
print(e0.args, repr(str(e0)), repr(e0))
e1 = ValueError('only')
print(e1.args, str(e1), repr(e1))
k = KeyError('key')
print(str(k), repr(k), k.args)
k2 = KeyError('a', 'b')
print(str(k2), repr(k2))
print(str(KeyError()), repr(KeyError(5)), str(KeyError(5)))
try:
    {}['missing']
except KeyError as err:
    print(err.args, err.args[0])
try:
    int('nope')
except ValueError as err:
    print(err.args)
try:
    [].pop()
except IndexError as err:
    print(err.args)
ex = RuntimeError('x')
ex.args = ('changed', 1)
print(ex, ex.args)
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit('m').code, SystemExit(1, 2).code)
print(repr(Exception(None)), str(Exception(None)), repr(Exception([1, 'a'])))
print(isinstance(ValueError('x'), BaseException), ValueError('x') == ValueError('x'))
print(repr(OSError(2, 'No such file')), OSError(2, 'No such file').errno, OSError(2, 'No such file').strerror)
print(str(UnicodeError('u')), repr(ZeroDivisionError('division by zero')))
