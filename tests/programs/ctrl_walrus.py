# assignment expressions (:=)
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print('long list', n)
print([y for x in data if (y := x * 2) > 20])
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print('value', v)
print('stopped at', v)
print((total := sum(data)), total // n)
def f(x):
    return x * x
results = [r for x in range(6) if (r := f(x)) % 2 == 0]
print(results, r)
pairs = {k: (length := len(k)) for k in ['a', 'bbb']}
print(pairs)
if any((found := x) > 20 for x in data):
    print('first > 20 is', found)
lines = ['a', 'b', '', 'c']
idx = 0
while (line := lines[idx]):
    print('line', line)
    idx += 1
