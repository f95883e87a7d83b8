# inf, nan, negative zero
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, float('-inf'), float('Infinity'), float('-NaN'), float('INF'))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan is nan)
print(nan > 0, nan < 0, nan != 1)
print(max(1.0, inf), min(-inf, 0.0))
print(-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0))
print(repr(-0.0 * 5), 1 / inf == 0.0)
print(str(-0.0) == '-0.0', -0.0 == 0.0)
print(5 % inf, -5 % inf)
print(5.0 // inf, -5.0 // inf)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(float('1e500'), float('-1e500'), float('1e-500'))
print(sorted([3.0, -inf, inf, 0.0, -1.0]))
items = [nan, 1.0]
print(nan in items, float('nan') in items)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1))
