# matrix operations with nested lists
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        p >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(mat_mul(A, B), transpose(A), det(A))
fib = mat_pow([[1, 1], [1, 0]], 90)
print(fib[0][1])
M = [[2, -1, 0, 3], [1, 4, 2, -2], [0, 5, 1, 1], [3, 0, -1, 2]]
print(det(M), det(identity(5)))
for row in mat_mul(M, transpose(M)):
    print(' '.join(f'{v:4d}' for v in row))
print(mat_pow([[2, 0], [0, 3]], 100)[1][1] == 3 ** 100)
