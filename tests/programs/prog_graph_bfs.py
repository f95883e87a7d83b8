# graph search: BFS, DFS, shortest path, topological sort
from collections import deque
edges = [('a', 'b'), ('a', 'c'), ('b', 'd'), ('c', 'd'), ('d', 'e'), ('e', 'f'), ('c', 'f'), ('g', 'h')]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
def bfs(start):
    seen = {start: 0}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb in graph[node]:
            if nb not in seen:
                seen[nb] = seen[node] + 1
                q.append(nb)
    return order, seen
order, dist = bfs('a')
print(order)
print(dist)
def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen)
    return seen
print(dfs('a'), dfs('g'))
def path(src, dst):
    prev = {src: None}
    q = deque([src])
    while q:
        n = q.popleft()
        if n == dst:
            break
        for nb in graph[n]:
            if nb not in prev:
                prev[nb] = n
                q.append(nb)
    if dst not in prev:
        return None
    out = []
    while dst is not None:
        out.append(dst)
        dst = prev[dst]
    return out[::-1]
print(path('a', 'f'), path('b', 'f'), path('a', 'h'))
deps = {'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app']}
def topo(deps):
    visited, out = set(), []
    def visit(n):
        if n in visited:
            return
        visited.add(n)
        for d in deps[n]:
            visit(d)
        out.append(n)
    for n in deps:
        visit(n)
    return out
print(topo(deps))
components = 0
seen_all = set()
for n in graph:
    if n not in seen_all:
        components += 1
        seen_all.update(bfs(n)[0])
print('components', components)
