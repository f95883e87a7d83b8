# user-defined exception classes
class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(f'{key!r} not found')
try:
    raise ValidationError('email', 'missing @')
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e))
try:
    raise NotFound('user42')
except NotFound as e:
    print(e, e.key, e.args, repr(e))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain('a')), repr(Plain('a', 2)), str(Plain('a', 2)), str(Plain()))
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')))
errors = [ValidationError('age', 'negative'), NotFound('k'), Plain('p'), ValueError('builtin')]
for err in errors:
    try:
        raise err
    except AppError as e:
        print('app error:', e)
    except Exception as e:
        print('other error:', e)
print(issubclass(ValidationError, Exception), ValidationError.__mro__[1].__name__, AppError.__doc__)
class CodeError(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise CodeError(404)
except CodeError as e:
    print(e.code, e.args, str(e) == '')
