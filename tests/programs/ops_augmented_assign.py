# augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x /= 8; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)
s = 'ab'
s += 'cd'; s *= 2; print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias, l is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)
d = {'n': 1}
d['n'] += 10
d['m'] = d.get('m', 0) + 1
print(d)
class C:
    v = 1
c = C()
c.v += 1
print(c.v, C.v)
arr = [[0, 0], [0, 0]]
arr[1][0] += 7
print(arr)
calls = []
def idx():
    calls.append('idx')
    return 0
lst = [5]
lst[idx()] += 1
print(lst, calls)
f = 1.5
f **= 2
f //= 1
print(f)
