# indentation error
def f():
print('body not indented')
