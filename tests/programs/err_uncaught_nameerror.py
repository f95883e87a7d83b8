# uncaught NameError
def greet():
    print('hello')
    print(undefined_variable)
greet()
