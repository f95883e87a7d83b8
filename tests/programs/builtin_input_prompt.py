# input(prompt) writes the prompt to stdout
a = input('first number: ')
b = input('second number: ')
print()
print('sum =', int(a) + int(b))
word = input('>>> ')
print('you typed', repr(word))
last = input()
print('no trailing newline handled:', repr(last))
try:
    input('prompt at eof: ')
except EOFError:
    print()
    print('EOFError')
