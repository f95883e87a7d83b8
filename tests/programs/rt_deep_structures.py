# deeply nested data built iteratively, processed without recursion
nested = []
cur = nested
for i in range(10000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
count = 0
stack = [nested]
while stack:
    item = stack.pop()
    for x in item:
        if isinstance(x, list):
            stack.append(x)
        else:
            count += 1
print(count)
d = {}
cur = d
for i in range(5000):
    cur['next'] = {}
    cur = cur['next']
depth = 0
cur = d
while 'next' in cur:
    depth += 1
    cur = cur['next']
print(depth)
linked = None
for i in range(100000):
    linked = (i, linked)
total = 0
while linked is not None:
    total += linked[0]
    linked = linked[1]
print(total)
