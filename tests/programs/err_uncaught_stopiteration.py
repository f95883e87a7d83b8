# StopIteration escaping from next() at top level
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it))
