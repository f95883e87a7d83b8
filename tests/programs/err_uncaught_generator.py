# exception raised inside a generator propagates to the consumer
def numbers():
    yield 1
    yield 2
    raise ValueError('generator failed after 2 items')
for n in numbers():
    print('got', n)
