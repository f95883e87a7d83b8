# input() reading from stdin
name = input()
print('Hello,', name)
age = int(input())
print('Next year you will be', age + 1)
nums = list(map(int, input().split()))
print('sum', sum(nums), 'max', max(nums))
line = input()
print(repr(line))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print('EOF reached', type(e).__name__, repr(str(e)))
        break
print(rest)
